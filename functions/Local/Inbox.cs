using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Recaps.Core.Ingest;
using Recaps.Core.Storage;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Local;

/// <summary>
/// The inbox folder of the embedded local run. A recap saved there (<c>*.txt</c>, <c>*.md</c>, <c>*.html</c>,
/// also in subfolders; hidden and temporary files are not) is ingested under its path relative to the folder, as
/// <c>recaps ingest inbox</c> names it, received at its last write time. A file is read only once its size and
/// write time held still for <see cref="LocalPacing.Settle"/> and its writer let go of it. A file already
/// ingested at its current size and write time is not read again; one read again with the same bytes changes
/// nothing, and changed bytes replace the article's moves.
/// </summary>
internal sealed partial class Inbox : ILocalSweep, IDisposable
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    // Files ingested (or reported unreadable) at this stamp: not read again until it moves.
    private readonly ConcurrentDictionary<string, FileStamp> _done = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly RecapIngestor _ingestor;
    private readonly IngestOptions _limits;
    private readonly LocalPacing _pacing;
    private readonly TimeProvider _time;
    private readonly LocalConsole _console;
    private readonly ILogger _logger;
    private string? _inFlight;

    public Inbox(string folder, RecapIngestor ingestor, IngestOptions limits, LocalPacing pacing, TimeProvider time, LocalConsole console, ILogger<Inbox> logger)
    {
        Folder = Path.GetFullPath(folder);
        _ingestor = ingestor;
        _limits = limits;
        _pacing = pacing;
        _time = time;
        _console = console;
        _logger = logger;
    }

    private enum FileResult
    {
        Done,
        NotReady,
        Failed,
    }

    public string Folder { get; }

    public string Description => $"the inbox {Folder}";

    /// <summary>The article being ingested right now, if any.</summary>
    public string? InFlight => Volatile.Read(ref _inFlight);

    /// <summary>A recap file inside the inbox, not hidden (no part of its path starts with '.'), not a temporary or lock file ('~').</summary>
    public bool IsRecap(string path)
    {
        var relative = Path.GetRelativePath(Folder, Path.GetFullPath(path));
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return !parts.Any(part => part.StartsWith('.') || part.StartsWith('~'))
            && Extensions.Contains(Path.GetExtension(relative), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every recap file in the inbox now.</summary>
    public IReadOnlyList<string> List()
    {
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            return [.. Directory.EnumerateFiles(Folder, "*", options).Where(IsRecap)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogListFailed(ex, Folder);
            return [];
        }
    }

    public async Task<IngestSummary> SweepAsync(CancellationToken cancellationToken) =>
        (await IngestAsync(List(), sweep: true, cancellationToken).ConfigureAwait(false)).Summary;

    /// <summary>
    /// Ingests those of <paramref name="paths"/> that changed since they were last ingested and have settled. Once
    /// <paramref name="stopping"/> fires no new ingest starts, but one under way finishes. A sweep reports only what
    /// changed; a look prompted by a file event also reports a file found unchanged.
    /// </summary>
    public async Task<InboxBatch> IngestAsync(IEnumerable<string> paths, bool sweep, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(paths);
        await _gate.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            var summary = new IngestSummary();
            var notReady = new List<string>();
            var changed = new SortedDictionary<string, FileStamp>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                if (IsRecap(path) && FileStamp.Of(path) is { } stamp && !(_done.TryGetValue(path, out var done) && done == stamp))
                {
                    changed[path] = stamp;
                }
            }
            if (changed.Count == 0)
            {
                return new InboxBatch(summary, notReady);
            }
            // One wait for the whole batch: a folder of files copied in settles together.
            await Task.Delay(_pacing.Settle, _time, stopping).ConfigureAwait(false);
            foreach (var (path, stamp) in changed)
            {
                if (stopping.IsCancellationRequested)
                {
                    // Not started: the next start's sweep finds it.
                    break;
                }
                if (await IngestFileAsync(path, stamp, sweep, summary).ConfigureAwait(false) == FileResult.NotReady)
                {
                    notReady.Add(path);
                }
            }
            return new InboxBatch(summary, notReady);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<FileResult> IngestFileAsync(string path, FileStamp stamp, bool sweep, IngestSummary summary)
    {
        if (FileStamp.Of(path) is not { } now)
        {
            return FileResult.Done;
        }
        if (now != stamp)
        {
            return FileResult.NotReady;
        }
        var source = Path.GetRelativePath(Folder, path).Replace('\\', '/');
        RecapDocument? document;
        try
        {
            document = await ReadAsync(path, source, stamp).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return FileResult.Done;
        }
        catch (IOException)
        {
            // Most likely a sharing violation: the writer still holds the file.
            return FileResult.NotReady;
        }
        catch (UnauthorizedAccessException ex)
        {
            _done[path] = stamp;
            summary.AddFailed();
            _console.Event($"inbox: unreadable {source}: {ex.Message}");
            return FileResult.Failed;
        }
        if (document is null || FileStamp.Of(path) != stamp)
        {
            return FileResult.NotReady;
        }
        return await IngestDocumentAsync(path, stamp, document, sweep, summary).ConfigureAwait(false);
    }

    private async Task<FileResult> IngestDocumentAsync(string path, FileStamp stamp, RecapDocument document, bool sweep, IngestSummary summary)
    {
        Volatile.Write(ref _inFlight, document.Source);
        try
        {
            // Not cancellable: an ingest that started finishes, even on Ctrl+C.
            var outcome = await _ingestor.IngestAsync(document, CancellationToken.None).ConfigureAwait(false);
            _done[path] = stamp;
            summary.Add(outcome);
            if (!sweep || outcome.Status != IngestStatus.Unchanged)
            {
                _console.Event($"inbox: {IngestSummary.Line(outcome)}");
            }
            return FileResult.Done;
        }
        catch (StorageException ex) when (ex.ErrorCode == "ArticleBusy")
        {
            // Another process (recaps ingest) is ingesting the same name right now.
            return FileResult.NotReady;
        }
        catch (StorageException ex)
        {
            summary.AddFailed();
            LogIngestFailed(ex, document.Source);
            _console.Event($"inbox: failed {document.Source}: storage failed: {ex.Message.ReplaceLineEndings(" ")} (tried again on the next rescan)");
            return FileResult.Failed;
        }
        finally
        {
            Volatile.Write(ref _inFlight, null);
        }
    }

    // Null when the file changed length while it was read. An oversize file is not read: ingest quarantines it by its length.
    private async Task<RecapDocument?> ReadAsync(string path, string source, FileStamp stamp)
    {
        var received = new DateTimeOffset(stamp.LastWriteUtc, TimeSpan.Zero);
        if (stamp.Length > _limits.MaxArticleBytes)
        {
            return new RecapDocument(source, ReadOnlyMemory<byte>.Empty, received) { Length = stamp.Length };
        }
        // FileShare.Read: refused while a writer that shares nothing (Windows editors, .NET's FileShare.None) holds it.
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 4096, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            using var memory = new MemoryStream();
            await stream.CopyToAsync(memory).ConfigureAwait(false);
            return memory.Length == stamp.Length ? new RecapDocument(source, memory.ToArray(), received) : null;
        }
    }

    public void Dispose() => _gate.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The inbox {Folder} could not be listed")]
    private partial void LogListFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {Source} from the inbox failed; the next rescan tries again")]
    private partial void LogIngestFailed(Exception exception, string source);
}
