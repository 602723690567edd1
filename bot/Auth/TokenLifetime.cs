using Microsoft.IdentityModel.Tokens;

namespace Recaps.Bot.Auth;

/// <summary>
/// Lifetime validation on the injected clock: IdentityModel 8 reads the system clock (its TimeProvider hook is
/// internal). Throws the same exceptions as its own validator, so failures stay distinguishable.
/// </summary>
internal static class TokenLifetime
{
    public static LifetimeValidator Validator(TimeProvider time, TimeSpan clockSkew) =>
        (notBefore, expires, _, _) =>
        {
            if (expires is null)
            {
                throw new SecurityTokenNoExpirationException("The token has no expiry.");
            }
            var now = time.GetUtcNow().UtcDateTime;
            if (notBefore is { } start && start.ToUniversalTime() > now + clockSkew)
            {
                throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
            }
            if (expires.Value.ToUniversalTime() < now - clockSkew)
            {
                throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
            }
            return true;
        };
}
