namespace Recaps.Bot.Auth;

/// <summary>The <see cref="BotAuthResult.Failure"/> texts, in one place so logs and tests agree.</summary>
internal static class AuthFailures
{
    public const string MissingToken = "no bearer token";
    public const string MalformedToken = "malformed token";
    public const string UntrustedIssuer = "untrusted issuer";
    public const string MetadataUnavailable = "metadata unavailable";
    public const string UnknownSigningKey = "unknown signing key";
    public const string InvalidSignature = "invalid signature";
    public const string WrongIssuer = "wrong issuer";
    public const string WrongAudience = "wrong audience";
    public const string Expired = "token expired";
    public const string NotYetValid = "token not yet valid";
    public const string NoExpiry = "token without expiry";
    public const string AlgorithmNotAllowed = "algorithm not allowed";
    public const string InvalidToken = "invalid token";
    public const string MissingEndorsement = "channel not endorsed by signing key";
    public const string MissingChannel = "activity without channelId";
    public const string MissingServiceUrlClaim = "token without serviceurl claim";
    public const string ServiceUrlMismatch = "serviceurl claim mismatch";
}
