namespace Recaps.Core.Model;

/// <summary>How the session date was established, strongest first.</summary>
public enum DateBasis
{
    /// <summary>A dateline or header gives the full date.</summary>
    Stated,
    /// <summary>A day and month without a year, completed from when the article arrived.</summary>
    DayMonth,
    /// <summary>Only a weekday ("closed higher on Wednesday"): the latest such day on or before arrival.</summary>
    Weekday,
    /// <summary>Nothing in the text: the arrival date in the market's time zone.</summary>
    Received,
}
