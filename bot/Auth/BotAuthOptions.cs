namespace Recaps.Bot.Auth;

/// <summary>
/// Where inbound tokens may come from and how their keys are cached. The defaults are the public Azure cloud; tests
/// point the metadata URLs at a local stand-in (the issuers stay the real ones, since they are what tokens carry).
/// </summary>
public sealed record BotAuthOptions
{
    /// <summary>The placeholder for a tenant id in the Entra templates.</summary>
    public const string TenantPlaceholder = "{tenant}";

    /// <summary>OpenID metadata of the Bot Connector service; its JWKS carries each key's endorsed channels.</summary>
    public Uri BotConnectorMetadataUrl { get; init; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>The <c>iss</c> of Bot Connector tokens.</summary>
    public IReadOnlyList<string> BotConnectorIssuers { get; init; } = ["https://api.botframework.com"];

    /// <summary>Metadata for Entra v1 tokens (issuer <c>https://sts.windows.net/{tenant}/</c>).</summary>
    public string EntraV1MetadataUrl { get; init; } = "https://login.microsoftonline.com/{tenant}/.well-known/openid-configuration";

    /// <summary>Metadata for Entra v2 tokens (issuer <c>https://login.microsoftonline.com/{tenant}/v2.0</c>).</summary>
    public string EntraV2MetadataUrl { get; init; } = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";

    public string EntraV1Issuer { get; init; } = "https://sts.windows.net/{tenant}/";

    public string EntraV2Issuer { get; init; } = "https://login.microsoftonline.com/{tenant}/v2.0";

    /// <summary>
    /// Tenants whose Entra tokens every bot accepts: the Bot Framework's own (Emulator, and Azure Bot Service once it
    /// sends Entra tokens). The bot's <see cref="BotSettings.TenantId"/> is added to these.
    /// </summary>
    public IReadOnlyList<string> BotFrameworkTenants { get; init; } =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public IReadOnlyList<string> ValidAlgorithms { get; init; } = ["RS256", "RS384", "RS512"];

    public TimeSpan ClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Keys older than this are fetched again before use (stale keys still serve if the fetch fails).</summary>
    public TimeSpan KeyRefreshInterval { get; init; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The least time between two fetches of one metadata document. A token with an unknown <c>kid</c> asks for a
    /// fetch, and anyone can send one, so this is what stops an attacker from making us hammer the endpoint.
    /// </summary>
    public TimeSpan MinimumRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>After a failed fetch, how long requests fail as unavailable before the next attempt.</summary>
    public TimeSpan FailedFetchRetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one fetch of the metadata or the keys may take.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Only tests turn this off, to serve metadata from a local http stand-in.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first option that cannot work.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(BotConnectorMetadataUrl, nameof(BotConnectorMetadataUrl));
        RequireTemplate(EntraV1MetadataUrl, nameof(EntraV1MetadataUrl));
        RequireTemplate(EntraV2MetadataUrl, nameof(EntraV2MetadataUrl));
        RequireTemplate(EntraV1Issuer, nameof(EntraV1Issuer));
        RequireTemplate(EntraV2Issuer, nameof(EntraV2Issuer));
        RequireItems(BotConnectorIssuers, nameof(BotConnectorIssuers));
        RequireItems(ValidAlgorithms, nameof(ValidAlgorithms));
        ArgumentNullException.ThrowIfNull(BotFrameworkTenants, nameof(BotFrameworkTenants));
        RequireNonNegative(ClockSkew, nameof(ClockSkew));
        RequireNonNegative(MinimumRefreshInterval, nameof(MinimumRefreshInterval));
        RequireNonNegative(FailedFetchRetryInterval, nameof(FailedFetchRetryInterval));
        RequirePositive(KeyRefreshInterval, nameof(KeyRefreshInterval));
        RequirePositive(FetchTimeout, nameof(FetchTimeout));
    }

    private static void RequireTemplate(string? template, string name)
    {
        if (template is null || !template.Contains(TenantPlaceholder, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{name} must contain {TenantPlaceholder}.", name);
        }
    }

    private static void RequireItems(IReadOnlyList<string>? values, string name)
    {
        if (values is null || values.Count == 0 || values.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"{name} must list at least one value and no blanks.", name);
        }
    }

    private static void RequireNonNegative(TimeSpan value, string name)
    {
        if (value < TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must not be negative.", name);
        }
    }

    private static void RequirePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
        {
            throw new ArgumentException($"{name} must be positive.", name);
        }
    }
}
