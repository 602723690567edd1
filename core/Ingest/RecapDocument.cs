namespace Recaps.Core.Ingest;

/// <summary>
/// An article to ingest: its name (the blob or file name answers cite), its bytes, and when it arrived.
/// <see cref="Length"/> may exceed the content when the caller refused to download an oversize blob.
/// </summary>
public sealed record RecapDocument(string Source, ReadOnlyMemory<byte> Content, DateTimeOffset Received)
{
    public long Length { get; init; } = Content.Length;

    /// <summary>The blob's ETag, when the article came from blob storage.</summary>
    public string? BlobETag { get; init; }
}
