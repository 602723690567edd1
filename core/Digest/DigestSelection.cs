using Recaps.Core.Model;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Digest;

/// <summary>
/// What of a session's moves the digest shows. Only moves of the session itself count (no other span, no
/// intraday peak or after-hours figure); two recaps' moves of one instrument at one venue are one fact.
/// </summary>
internal static class DigestSelection
{
    public const int MaxIndices = 6;
    public const int MaxRanked = 3;
    public const int MaxSectors = 4;
    public const int MaxReasons = 4;

    public static DigestSection Compose(StoredSession session, IReadOnlyList<StoredMove> moves)
    {
        var own = MoveRanking.Own(moves).ToList();
        var facts = MoveRanking.Distinct(own);
        var stocks = facts.Where(m => m.Move.Kind == InstrumentKind.Stock).ToList();
        return new DigestSection(
            session.Market,
            session.Date,
            session.Kind,
            [.. facts.Where(m => m.Move.Kind == InstrumentKind.Index).Take(MaxIndices)],
            MoveRanking.Ranked(stocks, Direction.Up).Take(MaxRanked).ToList(),
            MoveRanking.Ranked(stocks, Direction.Down).Take(MaxRanked).ToList(),
            Sectors([.. facts.Where(m => m.Move.Kind == InstrumentKind.Sector)]),
            Reasons(own),
            Sources(session, moves));
    }

    // The biggest moves up, then down: half of the places each, more for one side when the other has fewer.
    private static List<StoredMove> Sectors(List<StoredMove> sectors)
    {
        var ups = MoveRanking.Ranked(sectors, Direction.Up).ToList();
        var downs = MoveRanking.Ranked(sectors, Direction.Down).ToList();
        var upCount = Math.Min(ups.Count, Math.Max(MaxSectors / 2, MaxSectors - downs.Count));
        return [.. ups.Take(upCount), .. downs.Take(MaxSectors - upCount)];
    }

    // Why the market moved first (indices, in recap order), then the biggest movers; a reason shared by several
    // moves ("as confidence grew in the sector") is told once, with the biggest of them.
    private static List<StoredMove> Reasons(List<StoredMove> own)
    {
        var reasoned = MoveRanking.Distinct(own.Where(m => !string.IsNullOrWhiteSpace(m.Move.Reason)));
        return
        [
            .. reasoned.Where(m => m.Move.Kind == InstrumentKind.Index)
                .Concat(reasoned.Where(m => m.Move.Kind != InstrumentKind.Index).OrderByDescending(m => m.Move.Figures.Pct is { } pct ? Math.Abs(pct) : -1m))
                .DistinctBy(m => m.Move.Reason!.Trim(), StringComparer.OrdinalIgnoreCase)
                .Take(MaxReasons),
        ];
    }

    private static List<ArticleRef> Sources(StoredSession session, IEnumerable<StoredMove> moves) =>
    [
        .. session.Articles.Concat(moves.Select(m => m.Article))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .OrderBy(a => a.Received)
            .ThenBy(a => a.Source, StringComparer.Ordinal),
    ];
}
