using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Core.Parsing;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Ingest;

/// <summary>
/// Text + source name + arrival time -> parse -> store, idempotently. The same bytes again change nothing; new
/// bytes under a known name replace its moves; a crash at any point leaves readers seeing the previous version
/// whole, and the next ingest of the article finishes or undoes the interrupted one.
/// </summary>
/// <remarks>
/// Order of writes: the article row is marked Ingesting with a lease (a conditional write, so one ingest of an
/// article runs at a time); every row the new version will write is listed in ArticleRows; the rows are written;
/// the article row is switched to the new version (conditional on the mark's ETag); rows of other versions are
/// deleted. A failure after the mark releases the lease; a crash leaves it to expire.
/// </remarks>
public sealed partial class RecapIngestor
{
    private const int MaxAttempts = 3;

    private readonly SessionStore _store;
    private readonly RecapParser _parser;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public RecapIngestor(SessionStore store, RecapParser parser, TimeProvider time, IngestOptions? options = null, ILogger<RecapIngestor>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _parser = parser;
        _time = time;
        _options = options ?? new IngestOptions();
        _logger = logger ?? NullLogger<RecapIngestor>.Instance;
    }

    /// <summary>
    /// Ingests one article. Throws <see cref="StorageException"/> when storage fails, or (kind Unavailable) when
    /// another ingest of the same article is under way; what readers see is then unchanged, and ingesting the
    /// article again later completes the work.
    /// </summary>
    public async Task<IngestOutcome> IngestAsync(RecapDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(document.Source);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var outcome = await IngestOnceAsync(document, cancellationToken).ConfigureAwait(false);
                LogIngested(document.Source, outcome.Status, outcome.Moves, outcome.Reason);
                return outcome;
            }
            catch (StorageException ex) when (ex.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.Conflict && attempt < MaxAttempts)
            {
                // Another ingest wrote the article row between our read and our write: read it again.
                LogRaced(document.Source, attempt);
            }
        }
    }

    private async Task<IngestOutcome> IngestOnceAsync(RecapDocument document, CancellationToken cancellationToken)
    {
        var oversize = document.Length > _options.MaxArticleBytes;
        var hash = oversize
            ? $"oversize-{document.Length}-{document.BlobETag}"
            : StoreKeys.ContentHash(document.Content.Span);
        var existing = await _store.GetArticleAsync(document.Source, cancellationToken).ConfigureAwait(false);

        if (existing is { Status: ArticleStatus.Ingesting, LeaseExpires: { } until } && until > _time.GetUtcNow())
        {
            throw new StorageException(StorageErrorKind.Unavailable, $"'{document.Source}' is being ingested by another process; try again after {until:u}.")
            {
                ErrorCode = "ArticleBusy",
            };
        }
        if (existing is not null && existing.ContentHash == hash && existing.Status != ArticleStatus.Ingesting)
        {
            return await UnchangedAsync(existing, document, cancellationToken).ConfigureAwait(false);
        }

        string? reason;
        Model.MarketSession? session = null;
        if (oversize)
        {
            reason = $"the recap is {Megabytes(document.Length)}, over the {Megabytes(_options.MaxArticleBytes)} limit";
        }
        else
        {
            var result = _parser.Parse(RecapText.Decode(document.Content.Span), document.Received);
            reason = result.IssueMessage;
            session = result.Issue is null ? result.Session : null;
        }

        return session is null
            ? await QuarantineAsync(existing, document, hash, reason ?? "no market moves found", cancellationToken).ConfigureAwait(false)
            : await StoreAsync(existing, document, hash, session, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IngestOutcome> UnchangedAsync(ArticleRecord existing, RecapDocument document, CancellationToken cancellationToken)
    {
        var record = existing;
        if (document.BlobETag is not null && document.BlobETag != existing.BlobETag)
        {
            // Same bytes re-uploaded: remember the new ETag so the next sweep can skip the download.
            record = existing with { BlobETag = document.BlobETag };
            await _store.WriteArticleAsync(record, existing.ETag, cancellationToken).ConfigureAwait(false);
        }
        if (existing.CleanupPending)
        {
            await _store.RemoveOtherVersionsAsync(record, cancellationToken).ConfigureAwait(false);
        }
        return Outcome(existing, IngestStatus.Unchanged, existing.Status == ArticleStatus.Quarantined ? existing.QuarantineReason : null);
    }

    private async Task<IngestOutcome> QuarantineAsync(ArticleRecord? existing, RecapDocument document, string hash, string reason, CancellationToken cancellationToken)
    {
        // A bad upload never erases good data: an earlier good version stays visible until a good one replaces it.
        var record = NextRecord(existing, document, hash) with
        {
            Status = ArticleStatus.Quarantined,
            QuarantineReason = reason,
            CleanupPending = existing is { Status: ArticleStatus.Ingesting } || existing?.CleanupPending == true,
        };
        await _store.WriteArticleAsync(record, existing?.ETag, cancellationToken).ConfigureAwait(false);
        if (record.CleanupPending)
        {
            await _store.RemoveOtherVersionsAsync(record, cancellationToken).ConfigureAwait(false);
        }
        return new IngestOutcome(document.Source, IngestStatus.Quarantined, 0, Reason: reason);
    }

    // The article's next row: this content's facts, and the visible version (with its session) carried over.
    private ArticleRecord NextRecord(ArticleRecord? existing, RecapDocument document, string hash)
    {
        var visible = existing?.Version is null ? null : existing;
        return new ArticleRecord
        {
            Id = StoreKeys.ArticleId(document.Source),
            Source = document.Source,
            Status = ArticleStatus.Ingesting,
            ContentHash = hash,
            Version = visible?.Version,
            Market = visible?.Market,
            Date = visible?.Date,
            Moves = visible?.Moves ?? 0,
            Bytes = document.Length,
            Received = document.Received,
            IngestedAt = _time.GetUtcNow(),
            BlobETag = document.BlobETag,
            CleanupPending = existing?.CleanupPending ?? false,
        };
    }

    private static IngestOutcome Outcome(ArticleRecord article, IngestStatus status, string? reason = null) =>
        new(article.Source, status, article.Status == ArticleStatus.Stored ? article.Moves : 0, article.Market, article.Date, reason);

    private static string Megabytes(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB");

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingested {Source}: {Status}, {Moves} moves {Reason}")]
    private partial void LogIngested(string source, IngestStatus status, int moves, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Article {Source} was written by a concurrent ingest (attempt {Attempt}); reading it again")]
    private partial void LogRaced(string source, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest of {Source} failed after marking it; released it for the next attempt")]
    private partial void LogReleased(Exception exception, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest of {Source} failed and could not release it; the next ingest after {LeaseExpires} repairs it")]
    private partial void LogNotReleased(Exception exception, string source, DateTimeOffset? leaseExpires);
}
