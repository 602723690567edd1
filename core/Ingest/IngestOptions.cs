namespace Recaps.Core.Ingest;

/// <summary>Limits of the ingest service.</summary>
public sealed record IngestOptions
{
    /// <summary>Recaps are a few kilobytes; anything over this is quarantined unread.</summary>
    public long MaxArticleBytes { get; init; } = 5 * 1024 * 1024;
}
