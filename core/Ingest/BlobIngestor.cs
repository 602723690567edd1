using System.Globalization;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Blobs;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Ingest;

/// <summary>
/// Ingest from a blob container: one blob by name (the blob trigger's notification), every blob that changed
/// since it was last ingested (the sweep), and uploads of local files. A blob's arrival time is its
/// <c>receivedat</c> metadata when an uploader set it, else its creation time.
/// </summary>
public sealed class BlobIngestor
{
    /// <summary>Metadata an uploader may set to say when the article arrived (ISO-8601 with offset).</summary>
    public const string ReceivedMetadata = "receivedat";

    private readonly RecapIngestor _ingestor;
    private readonly SessionStore _store;
    private readonly IBlobContainer _container;
    private readonly IngestOptions _options;

    public BlobIngestor(RecapIngestor ingestor, SessionStore store, IBlobContainer container, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(ingestor);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(container);
        _ingestor = ingestor;
        _store = store;
        _container = container;
        _options = options ?? new IngestOptions();
    }

    public IBlobContainer Container => _container;

    /// <summary>Reads the named blob (binary-safe; not downloaded when over the size limit) and ingests it.</summary>
    public async Task<IngestOutcome> IngestBlobAsync(string name, CancellationToken cancellationToken = default)
    {
        var content = await _container.GetAsync(name, _options.MaxArticleBytes, cancellationToken).ConfigureAwait(false);
        return await _ingestor.IngestAsync(Document(content), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ingests a listed blob unless the store already holds it at this ETag (no download then). Null when the
    /// blob was deleted since it was listed.
    /// </summary>
    public async Task<IngestOutcome?> IngestIfChangedAsync(BlobItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var article = await _store.GetArticleAsync(item.Name, cancellationToken).ConfigureAwait(false);
        if (article is { Status: not ArticleStatus.Ingesting, CleanupPending: false } && article.BlobETag == item.ETag)
        {
            return new IngestOutcome(item.Name, IngestStatus.Unchanged, article.Status == ArticleStatus.Stored ? article.Moves : 0,
                article.Market, article.Date, article.Status == ArticleStatus.Quarantined ? article.QuarantineReason : null);
        }
        try
        {
            return await IngestBlobAsync(item.Name, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Kind == StorageErrorKind.NotFound)
        {
            return null;
        }
    }

    /// <summary>Uploads a local article to the container (recording when it arrived) and ingests it.</summary>
    public async Task<IngestOutcome> UploadAndIngestAsync(RecapDocument document, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length > _options.MaxArticleBytes)
        {
            // Not uploaded: the pipeline would only quarantine it.
            return await _ingestor.IngestAsync(document, cancellationToken).ConfigureAwait(false);
        }
        if (await StoredUnchangedAsync(document, cancellationToken).ConfigureAwait(false) is { } current)
        {
            // The container already holds these bytes and the store has them: uploading again would only change the ETag.
            return await _ingestor.IngestAsync(document with { BlobETag = current }, cancellationToken).ConfigureAwait(false);
        }
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [ReceivedMetadata] = document.Received.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        };
        var etag = await _container.PutAsync(document.Source, document.Content, contentType, metadata, overwrite: true, cancellationToken).ConfigureAwait(false);
        return await _ingestor.IngestAsync(document with { BlobETag = etag }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> StoredUnchangedAsync(RecapDocument document, CancellationToken cancellationToken)
    {
        var article = await _store.GetArticleAsync(document.Source, cancellationToken).ConfigureAwait(false);
        if (article is not { Status: not ArticleStatus.Ingesting, BlobETag: { } etag } || article.ContentHash != StoreKeys.ContentHash(document.Content.Span))
        {
            return null;
        }
        var blob = await _container.GetPropertiesAsync(document.Source, cancellationToken).ConfigureAwait(false);
        return blob?.ETag == etag ? etag : null;
    }

    /// <summary>When the article arrived: the uploader's <c>receivedat</c>, else the blob's creation time.</summary>
    public static DateTimeOffset ReceivedOf(BlobItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Metadata.TryGetValue(ReceivedMetadata, out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var received)
            ? received
            : item.CreatedOn ?? item.LastModified;
    }

    private static RecapDocument Document(BlobContent content) => content.IsTooLarge
        ? new RecapDocument(content.Item.Name, ReadOnlyMemory<byte>.Empty, ReceivedOf(content.Item)) { Length = content.Item.ContentLength, BlobETag = content.Item.ETag }
        : new RecapDocument(content.Item.Name, content.Bytes, ReceivedOf(content.Item)) { BlobETag = content.Item.ETag };
}
