using Microsoft.Extensions.Logging;
using Recaps.Core.Digest;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Blobs;
using Recaps.Core.Storage.Sessions;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Pipeline;

/// <summary>
/// What the functions do, whoever triggers them: the Functions host through the custom handler
/// (IngestRecap, SweepRecaps, DailyDigest), or the local run's own triggers. Thin over core services.
/// </summary>
internal sealed partial class RecapFunctions
{
    private readonly SessionStore _store;
    private readonly RecapIngestor _ingestor;
    private readonly BlobIngestor? _blobs;
    private readonly DigestLog _digests;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    /// <param name="store">The session store.</param>
    /// <param name="ingestor">The ingestor over it.</param>
    /// <param name="recaps">The <c>recaps</c> blob container; null on the embedded store, which has no blobs.</param>
    /// <param name="digests">Where digests are recorded.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where to log.</param>
    public RecapFunctions(SessionStore store, RecapIngestor ingestor, IBlobContainer? recaps, DigestLog digests, TimeProvider time, ILogger<RecapFunctions> logger)
    {
        _store = store;
        _ingestor = ingestor;
        _blobs = recaps is null ? null : new BlobIngestor(ingestor, store, recaps);
        _digests = digests;
        _time = time;
        _logger = logger;
    }

    public SessionStore Store => _store;

    public RecapIngestor Ingestor => _ingestor;

    /// <summary>Whether there is a recaps container to read (false on the embedded store).</summary>
    public bool HasBlobStorage => _blobs is not null;

    /// <summary>IngestRecap: reads the named blob of the recaps container and ingests it (received = its creation time).</summary>
    public async Task<IngestOutcome> IngestBlobAsync(string name, CancellationToken cancellationToken)
    {
        var blobs = _blobs ?? throw new InvalidOperationException("IngestRecap needs blob storage (AzureWebJobsStorage).");
        // RecapIngestor logs the outcome.
        return await blobs.IngestBlobAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// IngestRecap on the embedded store, which has no blobs to read: ingests the content the host sent with the
    /// notification (received = the blob's creation time it reported).
    /// </summary>
    public async Task<IngestOutcome> IngestDocumentAsync(RecapDocument document, CancellationToken cancellationToken)
    {
        return await _ingestor.IngestAsync(document, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>SweepRecaps: every blob of the container not ingested yet at its current ETag; per-blob failures are counted, not thrown.</summary>
    public async Task<IngestSummary> SweepAsync(CancellationToken cancellationToken)
    {
        var blobs = _blobs ?? throw new InvalidOperationException("SweepRecaps needs blob storage (AzureWebJobsStorage).");
        var summary = new IngestSummary();
        await foreach (var item in blobs.Container.ListAsync(null, cancellationToken).ConfigureAwait(false))
        {
            try
            {
                if (await blobs.IngestIfChangedAsync(item, cancellationToken).ConfigureAwait(false) is { } outcome)
                {
                    summary.Add(outcome);
                }
            }
            catch (Core.Storage.StorageException ex) when (ex.Kind == Core.Storage.StorageErrorKind.Unavailable && ex.ErrorCode == "ArticleBusy")
            {
                // Another instance is ingesting it right now; the next sweep sees the result.
                summary.AddFailed();
            }
        }
        LogSwept(summary);
        return summary;
    }

    /// <summary>
    /// DailyDigest: composes the digest of the latest session and records it, once per session date. Returns the
    /// recorded digest (this run's or an earlier one's), or null when nothing is stored yet.
    /// </summary>
    public async Task<DigestRecord?> DailyDigestAsync(CancellationToken cancellationToken)
    {
        var digest = await new DigestComposer(_store).ComposeAsync(null, cancellationToken).ConfigureAwait(false);
        if (digest?.Date is not { } date)
        {
            LogNoDigest();
            return null;
        }
        var record = new DigestRecord(date, DigestText.Render(digest), [.. digest.Markets.Select(m => m.Market)], _time.GetUtcNow());
        if (await _digests.RecordAsync(record, cancellationToken).ConfigureAwait(false))
        {
            LogDigestRecorded(date);
            return record;
        }
        var recorded = await _digests.GetAsync(date, cancellationToken).ConfigureAwait(false);
        if (recorded is null || recorded.Text == record.Text)
        {
            LogDigestExists(date);
            return recorded;
        }
        // The timer runs every few minutes: a later recap of the same session revises the recorded text.
        LogDigestRevised(date);
        return await _digests.ReviseAsync(record, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Swept the recaps container: {Summary}")]
    private partial void LogSwept(IngestSummary summary);

    [LoggerMessage(Level = LogLevel.Information, Message = "No sessions stored yet: no digest")]
    private partial void LogNoDigest();

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded the digest of {Date:yyyy-MM-dd}")]
    private partial void LogDigestRecorded(DateOnly date);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The digest of {Date:yyyy-MM-dd} was already recorded")]
    private partial void LogDigestExists(DateOnly date);

    [LoggerMessage(Level = LogLevel.Information, Message = "Revised the digest of {Date:yyyy-MM-dd}: a later recap of the session")]
    private partial void LogDigestRevised(DateOnly date);
}
