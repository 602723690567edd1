using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Ingest;

public sealed partial class RecapIngestor
{
    private async Task<IngestOutcome> StoreAsync(ArticleRecord? existing, RecapDocument document, string hash, MarketSession session, CancellationToken cancellationToken)
    {
        var version = StoreKeys.Version(hash);
        var marked = new ArticleRecord
        {
            Id = StoreKeys.ArticleId(document.Source),
            Source = document.Source,
            Status = ArticleStatus.Ingesting,
            ContentHash = hash,
            Version = existing?.Version,
            Bytes = document.Length,
            Received = document.Received,
            IngestedAt = _time.GetUtcNow(),
            Market = existing?.Market,
            Date = existing?.Date,
            Moves = existing?.Moves ?? 0,
            BlobETag = document.BlobETag,
            CleanupPending = existing?.CleanupPending ?? false,
        };
        var etag = await _store.WriteArticleAsync(marked, null, cancellationToken).ConfigureAwait(false);

        var keys = await _store.Catalog.ResolveAndLearnAsync(session, cancellationToken).ConfigureAwait(false);
        var article = new ArticleRef(marked.Id, document.Source, version, document.Received);
        var rows = SessionRows.Build(session, keys, article);
        var hadOtherVersions = await _store.WriteVersionAsync(marked.Id, version, rows, cancellationToken).ConfigureAwait(false);

        var stored = marked with
        {
            Status = ArticleStatus.Stored,
            Version = version,
            Market = session.Market,
            Date = session.Date,
            Moves = session.Moves.Count,
            IngestedAt = _time.GetUtcNow(),
            CleanupPending = hadOtherVersions,
        };
        // Readers switch to the new version here, all at once; only the attempt that marked last gets this far.
        await _store.WriteArticleAsync(stored, etag, cancellationToken).ConfigureAwait(false);
        if (hadOtherVersions)
        {
            await _store.RemoveOtherVersionsAsync(stored, cancellationToken).ConfigureAwait(false);
        }

        var status = existing?.Version is null ? IngestStatus.New
            : existing.Version == version ? IngestStatus.Unchanged
            : IngestStatus.Replaced;
        return Outcome(stored, status);
    }
}
