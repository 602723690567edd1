namespace Recaps.Core.Storage.Blobs;

/// <summary>A blob's name, properties and metadata (metadata names compare case-insensitively, as the service's do).</summary>
public sealed record BlobItem(
    string Name,
    string ETag,
    DateTimeOffset LastModified,
    DateTimeOffset? CreatedOn,
    long ContentLength,
    string? ContentType,
    IReadOnlyDictionary<string, string> Metadata);
