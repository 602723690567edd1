namespace Recaps.Core.Tests.Corpus;

/// <summary>One labelled article: its gold JSON and where its text is.</summary>
internal sealed record GoldArticle
{
    public required string Split { get; init; }
    public required string Id { get; init; }
    public required string TextPath { get; init; }
    public string? Market { get; init; }

    /// <summary>The session date, yyyy-MM-dd, when the labeller could know it.</summary>
    public string? Date { get; init; }

    /// <summary>When the article arrived, as an ISO timestamp with offset, when the gold file gives it.</summary>
    public string? Received { get; init; }

    public IReadOnlyList<ScoredMove> Moves { get; init; } = [];

    /// <summary>The parse time the corpus runs use: gold "received", else the gold date at 18:00 HKT, else a fixed day.</summary>
    public DateTimeOffset ReceivedAt => DateTimeOffset.Parse(
        Received ?? (Date is null ? "2026-01-15T18:00:00+08:00" : Date + "T18:00:00+08:00"));
}
