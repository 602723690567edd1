using Azure.Core;
using Azure.Identity;

namespace Recaps.Bot.Connector;

/// <summary>
/// Tokens for the Bot Connector (scope <see cref="Scope"/>) from the bot's own tenant, cached until shortly before
/// they expire. Thread-safe; one refresh at a time, so a burst of replies after expiry asks the identity
/// platform once. A null credential is development mode: no token.
/// </summary>
public sealed class BotTokenProvider(TokenCredential? credential, TimeProvider time) : IBotTokenProvider, IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";

    /// <summary>Legacy MultiTenant bots get tokens from this tenant; every other kind from its own (PROTOCOLS.md 0.9).</summary>
    public const string MultiTenantAuthority = "botframework.com";

    // Refresh early: a token must outlive the send (with its retries) that carries it.
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenRequestContext _request = new([Scope]);
    private readonly SemaphoreSlim _refresh = new(1, 1);
    // A reference, swapped whole: readers on other threads never see half a token.
    private volatile CachedToken? _cached;

    /// <summary>The provider for <paramref name="settings"/>: no credential in development mode.</summary>
    public static BotTokenProvider FromSettings(BotSettings settings, TimeProvider time) => new(CreateCredential(settings), time);

    internal static TokenCredential? CreateCredential(BotSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.IsDevelopment)
        {
            return null;
        }
        return settings.AppType switch
        {
            BotAppType.UserAssignedMSI => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(settings.AppId!)),
            BotAppType.MultiTenant => new ClientSecretCredential(MultiTenantAuthority, settings.AppId, settings.AppPassword),
            _ => new ClientSecretCredential(settings.TenantId, settings.AppId, settings.AppPassword),
        };
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }
        if (Fresh(_cached) is { } token)
        {
            return token;
        }
        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Whoever held the lock before us may have refreshed it already.
            if (Fresh(_cached) is { } refreshed)
            {
                return refreshed;
            }
            var fetched = await credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
            _cached = new CachedToken(fetched.Token, fetched.ExpiresOn - RefreshMargin);
            return fetched.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh(CachedToken? token) => token is not null && time.GetUtcNow() < token.RefreshAt ? token.Token : null;

    private sealed record CachedToken(string Token, DateTimeOffset RefreshAt)
    {
        // The token itself never reaches a log line through ToString.
        public override string ToString() => $"token until {RefreshAt:O}";
    }
}
