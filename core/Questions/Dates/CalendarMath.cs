namespace Recaps.Core.Questions.Dates;

/// <summary>Date arithmetic that returns null for impossible dates instead of throwing.</summary>
internal static class CalendarMath
{
    public const int FirstYear = 1900;
    public const int LastYear = 2199;

    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>Today when it is that weekday, else the latest one before; strictly before for "last Friday".</summary>
    public static DateOnly LatestWeekday(DateOnly today, DayOfWeek day, bool strictlyBefore)
    {
        var back = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(-(back == 0 && strictlyBefore ? 7 : back));
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The weekday's date in the week before today's (weeks start on Monday).</summary>
    public static DateOnly InLastWeek(DateOnly today, DayOfWeek day) => MondayOf(today).AddDays(-7 + (((int)day + 6) % 7));

    /// <summary>A year-less "21 May": the latest one on or before today; 29 February looks back to a leap year.</summary>
    public static DateOnly? LatestDayMonth(DateOnly today, int month, int day)
    {
        for (var year = today.Year; year > today.Year - 8; year--)
        {
            if (Make(year, month, day) is { } date && date <= today)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>A year-less "in March": this year's if it has begun, else last year's.</summary>
    public static int LatestYearOf(DateOnly today, int month) => month <= today.Month ? today.Year : today.Year - 1;

    public static DateOnly MonthStart(int year, int month) => new(year, month, 1);

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
