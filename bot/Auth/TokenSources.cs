namespace Recaps.Bot.Auth;

/// <summary>
/// The issuers this bot trusts, each with its metadata URL. The set is fixed at start-up from the settings, so an
/// unvalidated token's <c>iss</c> can only pick one of these, never make us fetch a URL of its choosing.
/// </summary>
internal sealed class TokenSources
{
    private readonly Dictionary<string, TokenSource> _byIssuer = new(StringComparer.Ordinal);

    public TokenSources(BotSettings settings, BotAuthOptions options)
    {
        foreach (var issuer in options.BotConnectorIssuers)
        {
            _byIssuer[issuer] = new TokenSource(issuer, options.BotConnectorMetadataUrl, IsBotConnector: true);
        }
        var tenants = options.BotFrameworkTenants.Append(settings.TenantId)
            .Where(tenant => !string.IsNullOrWhiteSpace(tenant))
            .Select(tenant => tenant!.Trim().ToLowerInvariant());
        foreach (var tenant in tenants)
        {
            Add(options.EntraV1Issuer, options.EntraV1MetadataUrl, tenant);
            Add(options.EntraV2Issuer, options.EntraV2MetadataUrl, tenant);
        }
    }

    public IEnumerable<TokenSource> All => _byIssuer.Values;

    public TokenSource? Find(string? issuer) =>
        issuer is not null && _byIssuer.TryGetValue(issuer, out var source) ? source : null;

    private void Add(string issuerTemplate, string metadataTemplate, string tenant)
    {
        var issuer = issuerTemplate.Replace(BotAuthOptions.TenantPlaceholder, tenant, StringComparison.Ordinal);
        var metadata = new Uri(metadataTemplate.Replace(BotAuthOptions.TenantPlaceholder, Uri.EscapeDataString(tenant), StringComparison.Ordinal));
        _byIssuer[issuer] = new TokenSource(issuer, metadata, IsBotConnector: false);
    }
}
