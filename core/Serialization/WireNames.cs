using Recaps.Core.Model;

namespace Recaps.Core.Serialization;

/// <summary>
/// The lower-case names the model's enums go by outside the process: in session JSON
/// (see shared/corpus/SCHEMA.md), in the command line's output, and later in storage.
/// </summary>
public static class WireNames
{
    public static string ToWireName(this InstrumentKind kind) => kind switch
    {
        InstrumentKind.Index => "index",
        InstrumentKind.Stock => "stock",
        InstrumentKind.Sector => "sector",
        InstrumentKind.Commodity => "commodity",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWireName(this Direction direction) => direction switch
    {
        Direction.Up => "up",
        Direction.Down => "down",
        Direction.Flat => "flat",
        Direction.Mixed => "mixed",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
    };

    public static string ToWireName(this SessionKind kind) => kind switch
    {
        SessionKind.Close => "close",
        SessionKind.Midday => "midday",
        SessionKind.Open => "open",
        SessionKind.Intraday => "intraday",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToWireName(this DateBasis basis) => basis switch
    {
        DateBasis.Stated => "stated",
        DateBasis.DayMonth => "day-month",
        DateBasis.Weekday => "weekday",
        DateBasis.Received => "received",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };

    public static string ToWireName(this MovePeriod period) => period switch
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
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, null),
    };
}
