using System.Globalization;

namespace Recaps.Core.Questions.Dates;

/// <summary>
/// Reads a calendar date starting at a token: "2025-05-21", "22/09/2025", "5/21/2025", "21.05.2025",
/// "21 May", "21st of May 2025", "21-May-2025", "May 21", "Oct. 15, 2025". Year-less dates are the latest
/// such date on or before today.
/// </summary>
internal static class ExplicitDates
{
    public static ExplicitDate? Read(DateTokens t, int i, DateOnly today) => Numeric(t, i) ?? DayFirst(t, i, today) ?? MonthFirst(t, i, today);

    private static ExplicitDate? Numeric(DateTokens t, int i)
    {
        if (!t.IsNumber(i) || !t.CleanStart(i) || !t.Glued(i + 1) || t[i + 1].Kind != DateTokenKind.Mark)
        {
            return null;
        }

        var sep = t[i + 1].Mark;
        if (sep is not ('/' or '-' or '.') || !t.IsNumber(i + 2) || !t.Glued(i + 2) || !t.IsMark(i + 3, sep) || !t.Glued(i + 3)
            || !t.IsNumber(i + 4) || !t.Glued(i + 4) || !t.CleanEnd(i + 4))
        {
            return null;
        }

        var (a, b, c) = (t[i], t[i + 2], t[i + 4]);
        int year, month, day;
        if (a.Digits == 4 && b.Digits <= 2 && c.Digits <= 2)
        {
            (year, month, day) = (a.Value, b.Value, c.Value);
        }
        else if (c.Digits == 4 && a.Digits <= 2 && b.Digits <= 2)
        {
            // Day first, as in Hong Kong and Singapore, unless only month first makes sense: "5/21/2025".
            year = c.Value;
            (day, month) = b.Value > 12 && a.Value <= 12 ? (b.Value, a.Value) : (a.Value, b.Value);
        }
        else
        {
            return null;
        }

        if (year is < CalendarMath.FirstYear or > CalendarMath.LastYear)
        {
            return null;
        }

        var date = CalendarMath.Make(year, month, day);
        return new ExplicitDate(i + 5, date, true, Phrase(date, true));
    }

    private static ExplicitDate? DayFirst(DateTokens t, int i, DateOnly today)
    {
        if (!t.CleanStart(i) || t.Day(i) is not { } day)
        {
            return null;
        }

        var k = i + 1;
        var hyphen = t.IsMark(k, '-') && t.Glued(k) && t.Glued(k + 1);
        var tied = !hyphen && t.Is(k, "of");
        if (hyphen || tied)
        {
            k++;
        }

        if (t.Month(k) is not { } month)
        {
            return null;
        }

        var monthAt = k;
        k = t.AfterAbbreviation(k + 1, month.Short);
        var y = (hyphen ? t.IsMark(k, '-') && t.Glued(k) : t.IsMark(k, ',')) ? k + 1 : k;
        if (t.Year(y) is { } year)
        {
            var dated = CalendarMath.Make(year, month.Month, day);
            return new ExplicitDate(y + 1, dated, true, Phrase(dated, true));
        }

        // "the top 10 may fall": a lower-case "may" after a bare number, followed by a word, is the verb.
        if (month.Month == 5 && !t[monthAt].Capitalised && t[i].Kind == DateTokenKind.Number && !tied && t.IsWordLike(k))
        {
            return null;
        }

        var date = CalendarMath.LatestDayMonth(today, month.Month, day);
        return new ExplicitDate(k, date, false, Phrase(date, false));
    }

    private static ExplicitDate? MonthFirst(DateTokens t, int i, DateOnly today)
    {
        if (t.Month(i) is not { } month)
        {
            return null;
        }

        var k = t.AfterAbbreviation(i + 1, month.Short);
        if (t.Is(k, "the") && t.Has(k + 1) && t[k + 1].Kind == DateTokenKind.Ordinal)
        {
            k++;
        }

        if (t.Day(k) is not { } day)
        {
            return null;
        }

        var y = t.IsMark(k + 1, ',') ? k + 2 : k + 1;
        if (t.Year(y) is { } year)
        {
            var dated = CalendarMath.Make(year, month.Month, day);
            return new ExplicitDate(y + 1, dated, true, Phrase(dated, true));
        }

        var date = CalendarMath.LatestDayMonth(today, month.Month, day);
        return new ExplicitDate(k + 1, date, false, Phrase(date, false));
    }

    private static string Phrase(DateOnly? date, bool withYear) =>
        date?.ToString(withYear ? "d MMMM yyyy" : "d MMMM", CultureInfo.InvariantCulture) ?? "";
}
