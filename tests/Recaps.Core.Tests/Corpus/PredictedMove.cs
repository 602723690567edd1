using Recaps.Core.Model;

namespace Recaps.Core.Tests.Corpus;

/// <summary>Converts the parser's <see cref="Move"/> to the shape `recaps parse --json` prints (SCHEMA.md).</summary>
internal static class PredictedMove
{
    public static ScoredMove From(Move move) => new()
    {
        Kind = move.Kind.ToString().ToLowerInvariant(),
        Name = move.Name,
        Aliases = move.Aliases,
        Venue = move.Venue,
        Direction = move.Direction?.ToString().ToLowerInvariant(),
        Pct = (double?)move.Figures.Pct,
        Points = (double?)move.Figures.Points,
        Level = (double?)move.Figures.Level,
        Price = (double?)move.Figures.Price,
        Period = move.Period is { } period ? PeriodName(period) : null,
    };

    /// <summary>The kebab-case period names of SCHEMA.md.</summary>
    public static string PeriodName(MovePeriod period) => period switch
    {
        MovePeriod.PreviousDay => "previous-day",
        MovePeriod.PreviousThreeSessions => "previous-3-sessions",
        MovePeriod.Week => "week",
        MovePeriod.Month => "month",
        MovePeriod.QuarterToDate => "quarter-to-date",
        MovePeriod.YearToDate => "year-to-date",
        MovePeriod.YearToDatePrior => "year-to-date-prior",
        MovePeriod.ThreeMonth => "3-month",
        MovePeriod.SixMonth => "6-month",
        MovePeriod.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "no SCHEMA.md name for this period"),
    };
}
