namespace Recaps.Core.Ingest;

/// <summary>Limits of the ingest service.</summary>
public sealed record IngestOptions
{
    /// <summary>Recaps are a few kilobytes; anything over this is quarantined unread.</summary>
    public long MaxArticleBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>
    /// How long an ingest owns an article it started on. Another ingest of the article waits for it (is told the
    /// article is busy) until then; after that it is taken to have crashed and the next ingest repairs it.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);
}
