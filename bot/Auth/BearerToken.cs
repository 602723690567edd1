using System.Diagnostics.CodeAnalysis;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recaps.Bot.Auth;

/// <summary>Reads the token out of an <c>Authorization: Bearer …</c> header.</summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer ";

    /// <summary>The token, or null for a missing header, another scheme or an empty token.</summary>
    public static string? Read(string? header)
    {
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var token = header[Scheme.Length..].Trim();
        return token.Length == 0 ? null : token;
    }

    /// <summary>Parses a signed JWT without validating it; false for anything else (JWE included) or an oversized one.</summary>
    public static bool TryParse(string token, [NotNullWhen(true)] out JsonWebToken? jwt)
    {
        jwt = null;
        if (token.Length > TokenValidationParameters.DefaultMaximumTokenSizeInBytes)
        {
            return false;
        }
        try
        {
            var parsed = new JsonWebToken(token);
            jwt = parsed.IsEncrypted ? null : parsed;
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenException)
        {
            jwt = null;
        }
        return jwt is not null;
    }
}
