using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recaps.Bot.Tests.Auth;

/// <summary>A token as a channel would send it; defaults are a valid Bot Connector token for <see cref="AppId"/>.</summary>
public sealed record TestToken
{
    public const string AppId = "7f3c1a2e-0000-4000-8000-00000000b07a";
    public const string BotConnectorIssuer = "https://api.botframework.com";
    public const string TeamsServiceUrl = "https://smba.trafficmanager.net/emea/";

    // Far from the real date, so a test passes only if validation reads the injected clock.
    public static readonly DateTimeOffset Now = new(2031, 3, 14, 9, 26, 53, TimeSpan.Zero);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public required TestSigningKey Key { get; init; }

    public string Issuer { get; init; } = BotConnectorIssuer;

    public string Audience { get; init; } = AppId;

    public DateTimeOffset IssuedAt { get; init; } = Now.AddMinutes(-1);

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromHours(1);

    public string? ServiceUrl { get; init; } = TeamsServiceUrl;

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public string Sign()
    {
        var claims = new Dictionary<string, object>(Claims);
        if (ServiceUrl is not null)
        {
            claims["serviceurl"] = ServiceUrl;
        }
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = IssuedAt.UtcDateTime,
            NotBefore = IssuedAt.UtcDateTime,
            Expires = (IssuedAt + Lifetime).UtcDateTime,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = Key.Credentials(Algorithm),
        });
    }

    public string Header() => "Bearer " + Sign();
}
