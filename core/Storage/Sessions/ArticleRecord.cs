namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// The store's row for one article name. <see cref="Version"/> is the content version whose moves readers see
/// (null before the first good version); <see cref="ContentHash"/> is the content last ingested, good or bad.
/// </summary>
public sealed record ArticleRecord
{
    public required string Id { get; init; }
    public required string Source { get; init; }
    public required ArticleStatus Status { get; init; }
    public required string ContentHash { get; init; }
    public string? Version { get; init; }
    public long Bytes { get; init; }
    public DateTimeOffset Received { get; init; }
    public DateTimeOffset IngestedAt { get; init; }
    public string? Market { get; init; }
    public DateOnly? Date { get; init; }
    public int Moves { get; init; }
    public string? QuarantineReason { get; init; }

    /// <summary>The blob's ETag when it came from blob storage, so a sweep can skip it without downloading.</summary>
    public string? BlobETag { get; init; }

    /// <summary>Rows of superseded versions may still exist and are being removed.</summary>
    public bool CleanupPending { get; init; }
}
