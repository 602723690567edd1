using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Ingest;

public sealed partial class RecapIngestor
{
    private async Task<IngestOutcome> StoreAsync(ArticleRecord? existing, RecapDocument document, string hash, MarketSession session, CancellationToken cancellationToken)
    {
        var version = StoreKeys.Version(hash);
        var marked = NextRecord(existing, document, hash) with { LeaseExpires = _time.GetUtcNow() + _options.Lease };
        var etag = await _store.WriteArticleAsync(marked, existing?.ETag, cancellationToken).ConfigureAwait(false);

        ArticleRecord stored;
        try
        {
            var keys = await _store.Catalog.ResolveAndLearnAsync(session, cancellationToken).ConfigureAwait(false);
            var article = new ArticleRef(marked.Id, document.Source, version, document.Received);
            var hadOtherVersions = await _store.WriteVersionAsync(marked.Id, version, SessionRows.Build(session, keys, article), cancellationToken)
                .ConfigureAwait(false);
            stored = marked with
            {
                Status = ArticleStatus.Stored,
                Version = version,
                Market = session.Market,
                Date = session.Date,
                Moves = session.Moves.Count,
                IngestedAt = _time.GetUtcNow(),
                CleanupPending = hadOtherVersions,
                LeaseExpires = null,
            };
            // Readers switch to the new version here, all at once.
            await _store.WriteArticleAsync(stored, etag, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await ReleaseAsync(existing, marked, etag, ex).ConfigureAwait(false);
            throw;
        }
        if (stored.CleanupPending)
        {
            await _store.RemoveOtherVersionsAsync(stored, cancellationToken).ConfigureAwait(false);
        }

        var status = existing?.Version is null ? IngestStatus.New
            : existing.Version == version ? IngestStatus.Unchanged
            : IngestStatus.Replaced;
        return Outcome(stored, status);
    }

    // Hands the article back as it was, flagged for cleanup since some rows of this attempt may exist; best effort.
    private async Task ReleaseAsync(ArticleRecord? existing, ArticleRecord marked, string etag, Exception failure)
    {
        var released = existing is null
            ? marked with { LeaseExpires = null, CleanupPending = true }
            : existing with { CleanupPending = true, LeaseExpires = null };
        try
        {
            await _store.WriteArticleAsync(released, etag, CancellationToken.None).ConfigureAwait(false);
            LogReleased(failure, marked.Source);
        }
        catch (Exception ex) when (ex is Storage.StorageException)
        {
            LogNotReleased(ex, marked.Source, marked.LeaseExpires);
        }
    }
}
