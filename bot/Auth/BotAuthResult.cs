using System.Security.Claims;

namespace Recaps.Bot.Auth;

/// <summary>
/// What <see cref="BotAuthenticator"/> decided. Not succeeded and <see cref="Unavailable"/>: we could not check
/// (metadata endpoint unreachable), answer 503 so the channel retries; otherwise answer 401. <see cref="Failure"/> is
/// for logs only, never for the caller or a chat user.
/// </summary>
public sealed record BotAuthResult
{
    public bool Succeeded { get; private init; }

    /// <summary>Accepted without a token: only in local development (no app id).</summary>
    public bool Anonymous { get; private init; }

    /// <summary>The token could not be checked because its issuer's metadata or keys could not be fetched.</summary>
    public bool Unavailable { get; private init; }

    public string? Failure { get; private init; }

    /// <summary>The validated token's claims; null when anonymous or failed.</summary>
    public ClaimsIdentity? Identity { get; private init; }

    /// <summary>The app that asked for the token (<c>azp</c> or <c>appid</c>), when the token names one.</summary>
    public string? CallerAppId { get; private init; }

    /// <summary>The validated token's issuer.</summary>
    public string? Issuer { get; private init; }

    public static BotAuthResult AnonymousSuccess { get; } = new() { Succeeded = true, Anonymous = true };

    public static BotAuthResult Success(ClaimsIdentity identity, string issuer, string? callerAppId)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new() { Succeeded = true, Identity = identity, Issuer = issuer, CallerAppId = callerAppId };
    }

    /// <summary>The caller's fault: a missing, malformed, untrusted or invalid token (401).</summary>
    public static BotAuthResult Rejected(string failure) => new() { Failure = failure };

    /// <summary>Ours (or the identity provider's): we could not check the token (503).</summary>
    public static BotAuthResult NotAvailable(string failure) => new() { Failure = failure, Unavailable = true };
}
