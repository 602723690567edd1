using Recaps.Core.Model;
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
        var own = moves.Where(m => m.Move.Period is null && m.Move.Session is null).ToList();
        var facts = Deduplicate(own);
        var stocks = facts.Where(m => m.Move.Kind == InstrumentKind.Stock).ToList();
        return new DigestSection(
            session.Market,
            session.Date,
            session.Kind,
            [.. facts.Where(m => m.Move.Kind == InstrumentKind.Index).Take(MaxIndices)],
            Ranked(stocks, Direction.Up).Take(MaxRanked).ToList(),
            Ranked(stocks, Direction.Down).Take(MaxRanked).ToList(),
            Sectors([.. facts.Where(m => m.Move.Kind == InstrumentKind.Sector)]),
            Reasons(own),
            Sources(session, moves));
    }

    // One move per instrument and venue, where it was first told; of several recaps' versions, the one with the
    // most figures, then one with a reason, then the first told.
    private static List<StoredMove> Deduplicate(IEnumerable<StoredMove> moves) =>
    [
        .. moves.GroupBy(m => (m.InstrumentKey, Venue: m.Move.Venue?.ToUpperInvariant()))
            .Select(g => g.OrderByDescending(m => FigureCount(m.Move.Figures)).ThenByDescending(m => m.Move.Reason is not null).First()),
    ];

    private static int FigureCount(Figures f) =>
        new[] { f.Pct, f.PctLow, f.PctHigh, f.Points, f.Level, f.Price, f.PriceChange, f.ContributionPoints }.Count(v => v is not null);

    // Biggest percentage that way first, then moves that way without a percentage (in recap order); a dual
    // listing counts once, at its bigger move.
    private static IEnumerable<StoredMove> Ranked(IEnumerable<StoredMove> moves, Direction direction)
    {
        var sign = direction == Direction.Up ? 1m : -1m;
        var list = moves.ToList();
        return list.Where(m => m.Move.Figures.Pct * sign > 0).OrderByDescending(m => m.Move.Figures.Pct * sign)
            .Concat(list.Where(m => m.Move.Figures.Pct is null && m.Move.Direction == direction))
            .DistinctBy(m => m.InstrumentKey, StringComparer.Ordinal);
    }

    // The biggest moves up, then down: half of the places each, more for one side when the other has fewer.
    private static List<StoredMove> Sectors(List<StoredMove> sectors)
    {
        var ups = Ranked(sectors, Direction.Up).ToList();
        var downs = Ranked(sectors, Direction.Down).ToList();
        var upCount = Math.Min(ups.Count, Math.Max(MaxSectors / 2, MaxSectors - downs.Count));
        return [.. ups.Take(upCount), .. downs.Take(MaxSectors - upCount)];
    }

    // Why the market moved first (indices, in recap order), then the biggest movers; a reason shared by several
    // moves ("as confidence grew in the sector") is told once, with the biggest of them.
    private static List<StoredMove> Reasons(List<StoredMove> own)
    {
        var reasoned = Deduplicate(own.Where(m => !string.IsNullOrWhiteSpace(m.Move.Reason)));
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
