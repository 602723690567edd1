using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Recaps.Bot.Auth;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity as the Bot Framework SDK does (PROTOCOLS.md 2.2):
/// a Bot Connector token (issuer api.botframework.com, key endorsing the channel, serviceurl claim matching), or an
/// Entra token from a Bot Framework tenant or the bot's own, with the bot's app id as audience. One per app:
/// thread-safe, and it caches each issuer's signing keys.
/// </summary>
public sealed partial class BotAuthenticator
{
    private const string ServiceUrlClaim = "serviceurl";

    // Thread-safe; unlike JwtSecurityTokenHandler it keeps claim types as sent ("serviceurl", "azp").
    private static readonly JsonWebTokenHandler Handler = new();

    private readonly BotSettings _settings;
    private readonly BotAuthOptions _options;
    private readonly ILogger _logger;
    private readonly TokenSources _sources;
    private readonly FrozenDictionary<Uri, SigningKeyCache> _caches;
    private readonly LifetimeValidator _lifetime;

    public BotAuthenticator(BotSettings settings, BotAuthOptions options, HttpClient http, TimeProvider time, ILogger<BotAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        options.Validate();
        _settings = settings;
        _options = options;
        _logger = logger;
        _lifetime = TokenLifetime.Validator(time, options.ClockSkew);
        _sources = new TokenSources(settings, options);
        _caches = _sources.All.Select(source => source.MetadataUrl).Distinct()
            .ToFrozenDictionary(url => url, url => new SigningKeyCache(url, http, time, options, logger));
    }

    /// <summary>
    /// Validates the Authorization header for an inbound activity of <paramref name="channelId"/> whose serviceUrl is
    /// <paramref name="serviceUrl"/>. Never throws for a bad token or an unreachable identity provider (see
    /// <see cref="BotAuthResult"/>); throws <see cref="OperationCanceledException"/> only when the caller cancels.
    /// </summary>
    public async Task<BotAuthResult> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        if (_settings.IsDevelopment)
        {
            // With no app id there is no audience to check a token against; the SDK accepts such bots' activities
            // anonymously, and BotSettings keeps their replies on loopback service URLs.
            return BotAuthResult.AnonymousSuccess;
        }
        var result = await ValidateAsync(authorizationHeader, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            if (result.Unavailable)
            {
                LogUnavailable(result.Failure, channelId);
            }
            else
            {
                LogRejected(result.Failure, channelId);
            }
        }
        return result;
    }

    private async Task<BotAuthResult> ValidateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        var token = BearerToken.Read(authorizationHeader);
        if (token is null)
        {
            return BotAuthResult.Rejected(AuthFailures.MissingToken);
        }
        if (!BearerToken.TryParse(token, out var jwt))
        {
            return BotAuthResult.Rejected(AuthFailures.MalformedToken);
        }

        // The unvalidated issuer only chooses whose keys to try, among issuers fixed at start-up; validation below
        // checks it again. Nothing else is read from the token before its signature is checked.
        var source = _sources.Find(jwt.Issuer);
        if (source is null)
        {
            return BotAuthResult.Rejected(AuthFailures.UntrustedIssuer);
        }
        var cache = _caches[source.MetadataUrl];
        var lookup = await cache.GetAsync(cancellationToken).ConfigureAwait(false);
        if (lookup.Keys is not { } keys)
        {
            return BotAuthResult.NotAvailable(AuthFailures.MetadataUnavailable);
        }
        var validation = await Handler.ValidateTokenAsync(jwt, Parameters(source, keys)).ConfigureAwait(false);
        if (validation.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: an unknown kid may be a new key. The cache limits how often this fetches.
            lookup = await cache.RefreshAsync(keys, cancellationToken).ConfigureAwait(false);
            if (lookup.Keys is { } newer && !ReferenceEquals(newer, keys))
            {
                keys = newer;
                validation = await Handler.ValidateTokenAsync(jwt, Parameters(source, keys)).ConfigureAwait(false);
            }
            else if (lookup.FetchFailed)
            {
                return BotAuthResult.NotAvailable(AuthFailures.MetadataUnavailable);
            }
        }
        if (!validation.IsValid)
        {
            return BotAuthResult.Rejected(Describe(validation.Exception));
        }

        var identity = validation.ClaimsIdentity;
        if (source.IsBotConnector)
        {
            if (string.IsNullOrEmpty(channelId))
            {
                return BotAuthResult.Rejected(AuthFailures.MissingChannel);
            }
            // The kid is signed now, and it named the key that verified the signature (no fallback to other keys).
            if (!keys.Endorses(jwt.Kid, channelId))
            {
                return BotAuthResult.Rejected(AuthFailures.MissingEndorsement);
            }
        }
        var serviceUrlClaim = identity.FindFirst(ServiceUrlClaim)?.Value;
        if (serviceUrlClaim is null)
        {
            if (source.IsBotConnector)
            {
                return BotAuthResult.Rejected(AuthFailures.MissingServiceUrlClaim);
            }
        }
        else if (!ServiceUrls.Match(serviceUrlClaim, serviceUrl))
        {
            return BotAuthResult.Rejected(AuthFailures.ServiceUrlMismatch);
        }
        var callerAppId = identity.FindFirst("azp")?.Value ?? identity.FindFirst("appid")?.Value;
        return BotAuthResult.Success(identity, source.Issuer, callerAppId);
    }

    private TokenValidationParameters Parameters(TokenSource source, SigningKeys keys) => new()
    {
        ValidIssuer = source.Issuer,
        ValidAudience = _settings.AppId,
        ValidAlgorithms = _options.ValidAlgorithms,
        IssuerSigningKeys = keys.Keys,
        // The kid must name the key: endorsements are looked up by it.
        TryAllIssuerSigningKeys = false,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = _options.ClockSkew,
        LifetimeValidator = _lifetime,
    };

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => AuthFailures.Expired,
        SecurityTokenNotYetValidException => AuthFailures.NotYetValid,
        SecurityTokenNoExpirationException => AuthFailures.NoExpiry,
        SecurityTokenInvalidIssuerException => AuthFailures.WrongIssuer,
        SecurityTokenInvalidAudienceException => AuthFailures.WrongAudience,
        SecurityTokenInvalidAlgorithmException => AuthFailures.AlgorithmNotAllowed,
        SecurityTokenSignatureKeyNotFoundException => AuthFailures.UnknownSigningKey,
        SecurityTokenInvalidSignatureException => AuthFailures.InvalidSignature,
        SecurityTokenMalformedException => AuthFailures.MalformedToken,
        null => AuthFailures.InvalidToken,
        _ => $"{AuthFailures.InvalidToken} ({exception.GetType().Name})",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected an activity for channel {ChannelId}: {Failure}")]
    private partial void LogRejected(string? failure, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not authenticate an activity for channel {ChannelId}: {Failure}")]
    private partial void LogUnavailable(string? failure, string? channelId);
}
