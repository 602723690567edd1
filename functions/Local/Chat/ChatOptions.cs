namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The local chat's settings (section <c>LocalChat</c>; as environment variables <c>LocalChat__BotUrl</c> ...), and its
/// limits, which are Direct Line's where it has them.
/// </summary>
internal sealed record ChatOptions
{
    public const string BotUrlSetting = "LocalChat:BotUrl";
    public const string WebChatScriptSetting = "LocalChat:WebChatScript";
    public const string CacheFolderSetting = "LocalChat:CacheFolder";
    public const string WebChatPackageUrlSetting = "LocalChat:WebChatPackageUrl";

    /// <summary>Where activities go; null: this app's own <c>POST /api/messages</c>, at the address it listens on.</summary>
    public Uri? BotUrl { get; init; }

    /// <summary>A webchat.js on disk to serve instead of the pinned package (offline machines).</summary>
    public string? WebChatScript { get; init; }

    public WebChatPackage Package { get; init; } = WebChatPackage.Pinned;

    /// <summary>Where the fetched webchat.js is kept, shared by every data folder: it is the same file for all.</summary>
    public string CacheFolder { get; init; } = DefaultCacheFolder();

    public TimeSpan ConversationIdle { get; init; } = TimeSpan.FromMinutes(30);

    public int MaxConversations { get; init; } = 100;

    public int MaxActivitiesPerConversation { get; init; } = 1000;

    /// <summary>Direct Line refuses activities over 256K characters; a body over this many bytes is refused with 413.</summary>
    public int MaxBodyBytes { get; init; } = 256 * 1024;

    /// <summary>How long the bot has to accept an activity, as Azure Bot Service gives it (then 504).</summary>
    public TimeSpan BotTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>After a failed fetch, page loads within this time show the failure rather than waiting on another.</summary>
    public TimeSpan FetchRetryAfter { get; init; } = TimeSpan.FromSeconds(10);

    public string CachedScript => Path.Combine(CacheFolder, $"botframework-webchat-{Package.Version}", "webchat.js");

    /// <summary>The options the settings give; a malformed one is a <see cref="LocalRunException"/> naming it.</summary>
    public static ChatOptions Read(Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var options = new ChatOptions();
        if (Value(setting(BotUrlSetting)) is { } bot)
        {
            if (!Uri.TryCreate(bot, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new LocalRunException($"{BotUrlSetting}: '{bot}' is not an http(s) URL of a bot's messages endpoint");
            }
            options = options with { BotUrl = url };
        }
        if (Value(setting(WebChatScriptSetting)) is { } script)
        {
            if (!File.Exists(script))
            {
                throw new LocalRunException($"{WebChatScriptSetting}: no file '{Path.GetFullPath(script)}' (a botframework-webchat dist/webchat.js)");
            }
            options = options with { WebChatScript = Path.GetFullPath(script) };
        }
        if (Value(setting(WebChatPackageUrlSetting)) is { } package)
        {
            // A mirror of the registry: the integrity stays pinned, so it must serve the very same tarball.
            if (!Uri.TryCreate(package, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new LocalRunException($"{WebChatPackageUrlSetting}: '{package}' is not an http(s) URL of the botframework-webchat {options.Package.Version} tarball");
            }
            options = options with { Package = options.Package with { Tarball = url } };
        }
        if (Value(setting(CacheFolderSetting)) is { } cache)
        {
            options = options with { CacheFolder = Path.GetFullPath(cache) };
        }
        return options;
    }

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // The platform's cache folder ($XDG_CACHE_HOME or ~/.cache; LocalApplicationData on Windows), else the temp folder.
    private static string DefaultCacheFolder()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg) ? xdg
            : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache")
            : "";
        return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "recaps");
    }
}
