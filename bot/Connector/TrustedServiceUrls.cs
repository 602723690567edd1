using System.Collections.Concurrent;

namespace Recaps.Bot.Connector;

/// <summary>
/// Where the bot's token may go: the serviceUrl of an activity that authenticated in this process
/// (<see cref="Trust"/>), or, for proactive messages from stored references, a host on the allow-list
/// (<see cref="IsAllowedForProactive"/>). A stored reference is data at rest, so it is trusted by its host
/// only, never because an earlier instance once saw it.
/// </summary>
/// <remarks>
/// The defaults are the Azure Bot Service public cloud: every channel connector under *.botframework.com, and the
/// Teams connectors of the public cloud (smba.trafficmanager.net) and of GCC (smba.infra.gcc.teams.microsoft.com),
/// as the Agents SDK lists them in TeamsServiceEndpoints. GCC High and DoD live in Azure Government, whose tokens
/// come from another authority; add them, or any other host, with <see cref="HostsSetting"/>.
/// In development mode loopback URLs (http or https) are allowed too: no token is ever attached there.
/// </remarks>
public sealed class TrustedServiceUrls
{
    /// <summary>Extra allowed hosts, comma-separated: "example.net" or "*.example.net" (any subdomain).</summary>
    public const string HostsSetting = "BotServiceUrlHosts";

    public static IReadOnlyList<string> DefaultHosts { get; } =
        ["*.botframework.com", "smba.trafficmanager.net", "smba.infra.gcc.teams.microsoft.com"];

    private readonly bool _development;
    private readonly HashSet<string> _exactHosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = [];
    private readonly ConcurrentDictionary<string, bool> _trusted = new(StringComparer.OrdinalIgnoreCase);

    public TrustedServiceUrls(BotSettings settings, IEnumerable<string>? extraHosts = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _development = settings.IsDevelopment;
        foreach (var host in DefaultHosts.Concat(extraHosts ?? []))
        {
            AddHost(host);
        }
    }

    /// <summary>Whether tokens are attached at all: never in development mode.</summary>
    public bool SendsTokens => !_development;

    /// <summary>
    /// The allow-list with the extra hosts of <see cref="HostsSetting"/>; <see cref="FormatException"/>, naming the
    /// setting, for an entry that is not a host name.
    /// </summary>
    public static TrustedServiceUrls FromSettings(BotSettings settings, Func<string, string?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var hosts = (read(HostsSetting) ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var host in hosts)
        {
            var name = host.StartsWith("*.", StringComparison.Ordinal) ? host[2..] : host;
            if (Uri.CheckHostName(name) != UriHostNameType.Dns || !name.Contains('.', StringComparison.Ordinal))
            {
                throw new FormatException($"{HostsSetting}: '{host}' is not a host name (write 'example.net' or '*.example.net').");
            }
        }
        return new TrustedServiceUrls(settings, hosts);
    }

    /// <summary>
    /// Records the serviceUrl of an activity that authenticated (its token's serviceurl claim matched), so replies
    /// may go there. False, and nothing recorded, for a URL no token should travel to: not https, or http other
    /// than loopback (the Bot Framework Emulator listens on http://localhost).
    /// </summary>
    public bool Trust(string? serviceUrl)
    {
        if (Parse(serviceUrl) is not { } uri || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            return false;
        }
        _trusted[Origin(uri)] = true;
        return true;
    }

    public bool IsTrusted(string? serviceUrl) => Parse(serviceUrl) is { } uri && _trusted.ContainsKey(Origin(uri));

    /// <summary>Whether a stored reference's serviceUrl may be messaged: https on an allowed host, or loopback in development.</summary>
    public bool IsAllowedForProactive(string? serviceUrl)
    {
        if (Parse(serviceUrl) is not { } uri)
        {
            return false;
        }
        if (_development && uri.IsLoopback)
        {
            return true;
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }
        var host = uri.IdnHost;
        return _exactHosts.Contains(host) || _suffixes.Exists(suffix => host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether <see cref="ConnectorClient"/> may send there: trusted in this process, or allowed.</summary>
    public bool IsAllowed(string? serviceUrl) => IsTrusted(serviceUrl) || IsAllowedForProactive(serviceUrl);

    private void AddHost(string host)
    {
        if (host.StartsWith("*.", StringComparison.Ordinal))
        {
            // "*.example.net" matches "a.example.net", not "example.net" nor "evilexample.net".
            _suffixes.Add(host[1..]);
        }
        else
        {
            _exactHosts.Add(host);
        }
    }

    // A URL with user info ("https://smba.trafficmanager.net@evil.example/") is refused outright, not parsed for a host.
    private static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.UserInfo.Length == 0
            ? uri
            : null;

    private static string Origin(Uri uri) => $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
}
