using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

/// <summary>
/// How answers and digests pick and order a session's moves: only moves of the session itself (no other span,
/// no intraday peak or after-hours figure), each instrument and venue once (two recaps' versions are one fact),
/// ranked by the percentage the recap gave.
/// </summary>
public static class MoveRanking
{
    /// <summary>The biggest rises of one kind, first by percentage, then rises the recap gave no percentage for.</summary>
    public static IReadOnlyList<StoredMove> Gainers(IEnumerable<StoredMove> moves, InstrumentKind kind, int count) =>
        [.. Ranked(Distinct(Own(moves)).Where(m => m.Move.Kind == kind), Direction.Up).Take(count)];

    /// <summary>The biggest falls of one kind, likewise.</summary>
    public static IReadOnlyList<StoredMove> Losers(IEnumerable<StoredMove> moves, InstrumentKind kind, int count) =>
        [.. Ranked(Distinct(Own(moves)).Where(m => m.Move.Kind == kind), Direction.Down).Take(count)];

    /// <summary>The moves of the session itself: no other span ("+12% this year"), no part of the day ("at its peak").</summary>
    public static IEnumerable<StoredMove> Own(IEnumerable<StoredMove> moves) => moves.Where(m => m.Move.Period is null && m.Move.Session is null);

    /// <summary>
    /// One move per instrument and venue, where it was first told; of several recaps' versions, the one with the
    /// most figures, then one with a reason, then the first told.
    /// </summary>
    public static List<StoredMove> Distinct(IEnumerable<StoredMove> moves) =>
    [
        .. moves.GroupBy(m => (m.InstrumentKey, Venue: m.Move.Venue?.ToUpperInvariant()))
            .Select(g => g.OrderByDescending(m => FigureCount(m.Move.Figures)).ThenByDescending(m => m.Move.Reason is not null).First()),
    ];

    /// <summary>
    /// The moves that went <paramref name="direction"/>: biggest percentage first, then those without a percentage
    /// (in recap order); a dual listing counts once, at its bigger move.
    /// </summary>
    public static IEnumerable<StoredMove> Ranked(IEnumerable<StoredMove> moves, Direction direction)
    {
        var sign = direction == Direction.Up ? 1m : -1m;
        var list = moves.ToList();
        return list.Where(m => m.Move.Figures.Pct * sign > 0).OrderByDescending(m => m.Move.Figures.Pct * sign)
            .Concat(list.Where(m => m.Move.Figures.Pct is null && m.Move.Direction == direction))
            .DistinctBy(m => m.InstrumentKey, StringComparer.Ordinal);
    }

    private static int FigureCount(Figures f) =>
        new[] { f.Pct, f.PctLow, f.PctHigh, f.Points, f.Level, f.Price, f.PriceChange, f.ContributionPoints }.Count(v => v is not null);
}
