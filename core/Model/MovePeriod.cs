namespace Recaps.Core.Model;

/// <summary>
/// The span a move covers when it is not the session's own move ("up 2.7% for the week").
/// Moves over the session itself have no period (null).
/// </summary>
public enum MovePeriod
{
    PreviousDay,
    PreviousThreeSessions,
    Week,
    Month,
    QuarterToDate,
    YearToDate,
    YearToDatePrior,
    ThreeMonth,
    SixMonth,
    Year,
}
