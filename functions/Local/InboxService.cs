using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Local;

/// <summary>
/// Watches the inbox: a file watcher for prompt pick-up, a sweep at start-up, and a periodic rescan as a safety
/// net (watchers drop events when their buffer overflows, and some file systems send none). Every look goes
/// through one queue, so a file is never ingested twice at once; files still being written are tried again.
/// On stop, the ingest under way finishes and nothing new starts.
/// </summary>
internal sealed partial class InboxService(Inbox inbox, LocalPacing pacing, TimeProvider time, LocalConsole console, ILogger<InboxService> logger)
    : LocalTrigger
{
    // A path to look at, or null for every file of the inbox.
    private readonly Channel<string?> _queue = Channel.CreateUnbounded<string?>(new UnboundedChannelOptions { SingleReader = true });
    private FileSystemWatcher? _watcher;
    private ITimer? _rescan;

    /// <summary>False when no watcher could be started: the rescan then runs every <see cref="LocalPacing.InboxRescanUnwatched"/>.</summary>
    public bool Watching => _watcher is not null;

    public TimeSpan RescanInterval => Watching ? pacing.InboxRescan : pacing.InboxRescanUnwatched;

    // Watching before the first sweep, and before start-up completes: nothing saved from now on is missed.
    protected override void OnStarting()
    {
        _watcher = TryWatch();
        _rescan = time.CreateTimer(_ => _queue.Writer.TryWrite(null), null, RescanInterval, RescanInterval);
        _queue.Writer.TryWrite(null);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (inbox.InFlight is { } source)
        {
            console.Event($"stopping: finishing the ingest of {source} first (an ingest cut short by a kill is repaired by the next ingest of that file)");
        }
        _watcher?.Dispose();
        _rescan?.Dispose();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _rescan?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Files still being written or locked, and how many times they were tried.
        var waiting = new Dictionary<string, int>(StringComparer.Ordinal);
        var startup = true;
        try
        {
            while (true)
            {
                await WaitForWorkAsync(waiting.Count > 0, stoppingToken).ConfigureAwait(false);
                var paths = new HashSet<string>(waiting.Keys, StringComparer.Ordinal);
                var sweep = false;
                while (_queue.Reader.TryRead(out var path))
                {
                    sweep |= path is null;
                    if (path is not null)
                    {
                        paths.Add(path);
                    }
                }
                if (sweep)
                {
                    paths.UnionWith(inbox.List());
                }
                var batch = await inbox.IngestAsync(paths, sweep, stoppingToken).ConfigureAwait(false);
                if (startup && sweep)
                {
                    startup = false;
                    if (batch.Summary.Total > 0)
                    {
                        console.Event($"inbox: start-up sweep: {batch.Summary}");
                    }
                }
                Track(waiting, paths, batch.NotReady);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void Track(Dictionary<string, int> waiting, HashSet<string> looked, IReadOnlyList<string> notReady)
    {
        foreach (var path in looked.Except(notReady))
        {
            waiting.Remove(path);
        }
        foreach (var path in notReady)
        {
            var attempts = waiting.GetValueOrDefault(path) + 1;
            if (attempts < pacing.ReportAfterAttempts)
            {
                waiting[path] = attempts;
                continue;
            }
            // Leave it to the rescan from now on, rather than retrying it every moment.
            waiting.Remove(path);
            console.Event($"inbox: {Path.GetRelativePath(inbox.Folder, path)} is still being written or is locked by another program; it is tried again on every rescan");
        }
    }

    private async Task WaitForWorkAsync(bool retrying, CancellationToken stoppingToken)
    {
        if (!retrying)
        {
            await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false);
            return;
        }
        using var retry = new CancellationTokenSource(pacing.Retry, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, retry.Token);
        try
        {
            await _queue.Reader.WaitToReadAsync(either.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Time to try the waiting files again.
        }
    }

    private FileSystemWatcher? TryWatch()
    {
        FileSystemWatcher? watcher = null;
        try
        {
            watcher = new FileSystemWatcher(inbox.Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += OnChanged;
            watcher.Changed += OnChanged;
            watcher.Renamed += OnChanged;
            watcher.Error += OnError;
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            watcher?.Dispose();
            LogWatchFailed(ex, inbox.Folder, pacing.InboxRescanUnwatched);
            return null;
        }
    }

    // A folder moved or copied in may have been filled before it was watched: look at everything.
    private void OnChanged(object sender, FileSystemEventArgs e) =>
        _queue.Writer.TryWrite(Directory.Exists(e.FullPath) ? null : e.FullPath);

    private void OnError(object sender, ErrorEventArgs e)
    {
        LogWatcherError(e.GetException());
        _queue.Writer.TryWrite(null);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot watch the inbox {Folder}; looking at it every {Interval} instead")]
    private partial void LogWatchFailed(Exception exception, string folder, TimeSpan interval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox watcher lost events; looking at every file again")]
    private partial void LogWatcherError(Exception exception);
}
