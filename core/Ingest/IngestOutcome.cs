namespace Recaps.Core.Ingest;

/// <summary>The result of ingesting one article: what happened, how many moves it now has, and why if quarantined.</summary>
public sealed record IngestOutcome(string Source, IngestStatus Status, int Moves, string? Market = null, DateOnly? Date = null, string? Reason = null);
