using Microsoft.Extensions.Hosting;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// Starts getting webchat.js as the local run starts, so the first page load does not wait for the download, and
/// tells the console how it went when the network was involved.
/// </summary>
internal sealed class WebChatWarmup(WebChatScripts scripts, WebChatFetcher fetcher, ChatOptions options, LocalConsole console, IHostApplicationLifetime lifetime)
{
    /// <summary>What the start-up banner says about webchat.js before the warm-up has run.</summary>
    public string Describe() =>
        options.WebChatScript is { } file ? $"{file} ({ChatOptions.WebChatScriptSetting.Replace(":", "__", StringComparison.Ordinal)})"
        : fetcher.IsCached ? $"botframework-webchat {options.Package.Version}, cached at {options.CachedScript}"
        : $"fetching botframework-webchat {options.Package.Version} from {options.Package.Tarball.Host} (7 MB, once) into {options.CachedScript}";

    /// <summary>Starts the fetch; the returned task (for tests) completes once the outcome is on the console.</summary>
    public Task StartAsync()
    {
        var quiet = options.WebChatScript is null && fetcher.IsCached;
        return ReportAsync(scripts.GetAsync(), quiet);
    }

    private async Task ReportAsync(Task<WebChatScript> loading, bool quiet)
    {
        var script = await loading.ConfigureAwait(false);
        if (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            return;
        }
        if (script.Problem is { } problem)
        {
            console.Event($"chat: Web Chat is unavailable: {problem}. The chat page says so; set {ChatOptions.WebChatScriptSetting.Replace(":", "__", StringComparison.Ordinal)} to a webchat.js file to use one.");
        }
        else if (!quiet)
        {
            console.Event($"chat: Web Chat {options.Package.Version} ready ({options.WebChatScript ?? options.CachedScript})");
        }
    }
}
