namespace Recaps.Core.Storage.Blobs;

/// <summary>
/// One blob container, cut down to what ingest and the sweep use. Names may hold spaces, non-ASCII and '/'
/// (virtual folders). Failures are <see cref="StorageException"/>.
/// </summary>
public interface IBlobContainer
{
    string Name { get; }

    /// <summary>Where the container lives, for messages: an endpoint or a path, never a secret.</summary>
    string Location { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the blobs whose names start with <paramref name="prefix"/>, in name order, with metadata,
    /// from where <paramref name="continuationToken"/> left off. A missing container lists as empty.
    /// </summary>
    Task<BlobPage> ListPageAsync(string? prefix = null, string? continuationToken = null, int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary>The blob's properties and metadata without its content; null when there is no such blob.</summary>
    Task<BlobItem?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// The blob's content and properties; a blob longer than <paramref name="maxBytes"/> comes back
    /// <see cref="BlobContent.IsTooLarge"/> without being downloaded. <see cref="StorageErrorKind.NotFound"/>
    /// when there is no such blob.
    /// </summary>
    Task<BlobContent> GetAsync(string name, long maxBytes, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the blob (creating the container if needed) and returns its new ETag. With
    /// <paramref name="overwrite"/> false, an existing blob is left alone and the call fails with
    /// <see cref="StorageErrorKind.Conflict"/>.
    /// </summary>
    Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata = null, bool overwrite = true, CancellationToken cancellationToken = default);
}
