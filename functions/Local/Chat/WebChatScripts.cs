using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The webchat.js the page loads: the configured file, else the fetched package, loaded once and kept in memory.
/// Every page load shares one fetch; after a failure the failure is the answer for a few seconds, then a page load
/// tries again (the network may be back).
/// </summary>
internal sealed partial class WebChatScripts(WebChatFetcher fetcher, ChatOptions options, IHostApplicationLifetime lifetime, ILogger<WebChatScripts> logger)
{
    private readonly Lock _gate = new();
    private Task<WebChatScript>? _current;
    private long _failedAt;

    public Task<WebChatScript> GetAsync()
    {
        lock (_gate)
        {
            if (_current is null || _current is { IsCompletedSuccessfully: true, Result.Content: null } && Stopwatch.GetElapsedTime(Interlocked.Read(ref _failedAt)) >= options.FetchRetryAfter)
            {
                _current = LoadAsync();
            }
            return _current;
        }
    }

    private async Task<WebChatScript> LoadAsync()
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            var path = options.WebChatScript ?? await fetcher.FetchAsync(stopping).ConfigureAwait(false);
            return new WebChatScript(await File.ReadAllBytesAsync(path, stopping).ConfigureAwait(false), null);
        }
        catch (Exception ex) when (ex is WebChatUnavailableException or IOException or UnauthorizedAccessException)
        {
            LogUnavailable(logger, ex.Message);
            Interlocked.Exchange(ref _failedAt, Stopwatch.GetTimestamp());
            return WebChatScript.Unavailable(ex.Message);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return WebChatScript.Unavailable("the local run is stopping");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Web Chat is unavailable: {Problem}")]
    private static partial void LogUnavailable(ILogger logger, string problem);
}
