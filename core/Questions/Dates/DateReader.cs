using System.Globalization;

namespace Recaps.Core.Questions.Dates;

/// <summary>
/// Reads every date expression that starts at a token. Each pattern looks a bounded number of tokens ahead,
/// so reading a whole question is linear in its length.
/// </summary>
internal sealed class DateReader(DateTokens t, DateOnly today)
{
    // Bounds on "past N days" and its kin, so hostile counts cannot walk off the calendar.
    private const int MostDays = 3660;
    private const int MostWeeks = 520;
    private const int MostMonths = 120;
    private const int MostYears = 10;

    public void ReadAt(int i, List<DateCandidate> found)
    {
        if (ExplicitDates.Read(t, i, today) is { } date)
        {
            found.Add(Dated(i, date));
        }

        if (t.Weekday(i) is { } weekday)
        {
            Weekday(i, weekday.Day, weekday.Short, found);
        }

        if (t.Word(i) is { } word)
        {
            Relative(i, word, found);
        }

        if (t.Month(i) is { } month)
        {
            Month(i, month.Month, month.Short, found);
        }

        // "in 2008": a bare year needs the lead word, or every "2000 shares" would be a year.
        if (t.Year(i) is { } year && t.CleanStart(i) && t.Word(i - 1) is { } lead && DateWords.IsMonthLead(lead))
        {
            found.Add(Span(i, i + 1, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static DateCandidate Dated(int first, ExplicitDate date) => date.Date is { } day
        ? new DateCandidate(first, date.End, DateQuery.Day(day, date.Phrase), date.HasYear ? DateCandidate.DatedWithYear : DateCandidate.Dated)
        : DateCandidate.Blocker(first, date.End);

    private void Weekday(int i, DayOfWeek day, bool isShort, List<DateCandidate> found)
    {
        var k = t.AfterAbbreviation(i + 1, isShort);

        // "Wednesday, 30 April 2025": the date decides, whichever weekday was written.
        var j = t.IsMark(k, ',') ? k + 1 : k;
        if ((ExplicitDates.Read(t, j, today) ?? (t.Is(j, "the") ? ExplicitDates.Read(t, j + 1, today) : null)) is { } date)
        {
            found.Add(Dated(i, date));
            return;
        }

        if (DateWords.IsAmbiguous(t[i].Text) && !t.Is(i - 1, "on"))
        {
            return;
        }

        var w = t.Is(k, "of") ? k + 1 : k;
        if ((t.Is(w, "last") || t.Is(w, "previous")) && t.Is(w + 1, "week"))
        {
            found.Add(Day(i, w + 2, CalendarMath.InLastWeek(today, day), $"{day} last week"));
            return;
        }

        found.Add(Day(i, t.AfterTimeOfDay(k), CalendarMath.LatestWeekday(today, day, false), day.ToString()));
    }

    private void Relative(int i, string word, List<DateCandidate> found)
    {
        switch (word)
        {
            case "today" or "tonight":
                found.Add(Day(i, i + 1, today, "today"));
                break;
            case "yesterday":
                found.Add(new DateCandidate(i, t.AfterTimeOfDay(i + 1), DateQuery.Back(today, 1, "yesterday"), DateCandidate.Relative));
                break;
            case "day" when t.Is(i + 1, "before") && t.Is(i + 2, "yesterday"):
                found.Add(new DateCandidate(i, i + 3, DateQuery.Back(today, 2, "the day before yesterday"), DateCandidate.Relative));
                break;
            case "this":
                This(i, found);
                break;
            case "last" or "previous" or "past":
                Recent(i, word == "past", found);
                break;
            case "year" or "month" when t.Is(i + 1, "to") && t.Is(i + 2, "date"):
                found.Add(ToDate(i, i + 3, word == "year"));
                break;
            case "ytd" or "mtd":
                found.Add(ToDate(i, i + 1, word == "ytd"));
                break;
            case "that" or "same" when t.Is(i + 1, "day") || t.Is(i + 1, "date") || t.Is(i + 1, "session"):
                found.Add(new DateCandidate(i, i + 2, DateQuery.Same(today, "that day"), DateCandidate.Anaphora));
                break;
            case "then" when EndsAfter(i + 1):
                // Only as the question's last word: "rose then fell" is a sequence, "what happened then?" a time.
                found.Add(new DateCandidate(i, i + 1, DateQuery.Same(today, "that day"), DateCandidate.Anaphora));
                break;
            default:
                break;
        }
    }

    private void This(int i, List<DateCandidate> found)
    {
        var next = i + 1;
        if (t.Weekday(next) is { } weekday)
        {
            var end = t.AfterTimeOfDay(t.AfterAbbreviation(next + 1, weekday.Short));
            found.Add(Day(i, end, CalendarMath.LatestWeekday(today, weekday.Day, false), weekday.Day.ToString()));
            return;
        }

        switch (t.Word(next))
        {
            case "morning" or "afternoon" or "evening":
                found.Add(Day(i, next + 1, today, "today"));
                break;
            case "week":
                found.Add(Span(i, next + 1, CalendarMath.MondayOf(today), today, "this week"));
                break;
            case "month":
                found.Add(Span(i, next + 1, CalendarMath.MonthStart(today.Year, today.Month), today, "this month"));
                break;
            case "year":
                found.Add(Span(i, next + 1, new DateOnly(today.Year, 1, 1), today, "this year"));
                break;
            default:
                break;
        }
    }

    /// <summary>"last Friday", "last week (on Monday)", "last month", "past week", "past 5 days".</summary>
    private void Recent(int i, bool rolling, List<DateCandidate> found)
    {
        var next = i + 1;
        if (!rolling && t.Weekday(next) is { } weekday)
        {
            var end = t.AfterTimeOfDay(t.AfterAbbreviation(next + 1, weekday.Short));
            found.Add(Day(i, end, CalendarMath.LatestWeekday(today, weekday.Day, true), $"last {weekday.Day}"));
            return;
        }

        if (t.Word(next) is "week" or "month" or "year")
        {
            if ((rolling ? Rolling(i, next + 1, 1, t[next].Text) : Previous(i, next + 1, t[next].Text)) is { } period)
            {
                found.Add(period);
            }

            var on = t.Is(next + 1, "on") ? next + 2 : next + 1;
            if (!rolling && t.Word(next) == "week" && t.Weekday(on) is { } day)
            {
                var end = t.AfterTimeOfDay(t.AfterAbbreviation(on + 1, day.Short));
                found.Add(Day(i, end, CalendarMath.InLastWeek(today, day.Day), $"{day.Day} last week"));
            }

            return;
        }

        if (t.Quantity(next) is { } count && t.Word(next + 1) is { } unit && Rolling(i, next + 2, count, unit) is { } span)
        {
            found.Add(span);
        }
    }

    private DateCandidate Previous(int first, int end, string unit)
    {
        switch (unit)
        {
            case "week":
                var monday = CalendarMath.MondayOf(today).AddDays(-7);
                return Span(first, end, monday, monday.AddDays(6), "last week");
            case "month":
                var start = CalendarMath.MonthStart(today.Year, today.Month).AddMonths(-1);
                return Span(first, end, start, CalendarMath.MonthEnd(start.Year, start.Month), "last month");
            default:
                return Span(first, end, new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31), "last year");
        }
    }

    /// <summary>The N days, weeks, months or years up to and including today; null for other units or absurd counts.</summary>
    private DateCandidate? Rolling(int first, int end, int count, string unit)
    {
        var singular = unit.EndsWith('s') ? unit[..^1] : unit;
        DateOnly? from = singular switch
        {
            "day" when count <= MostDays => today.AddDays(1 - count),
            "week" when count <= MostWeeks => today.AddDays(1 - (7 * count)),
            "month" when count <= MostMonths => today.AddMonths(-count).AddDays(1),
            "year" when count <= MostYears => today.AddYears(-count).AddDays(1),
            _ => null,
        };
        var phrase = count == 1 ? $"past {singular}" : $"past {count} {singular}s";
        return from is { } start ? Span(first, end, start, today, phrase) : null;
    }

    private DateCandidate ToDate(int first, int end, bool year) => year
        ? Span(first, end, new DateOnly(today.Year, 1, 1), today, "year to date")
        : Span(first, end, CalendarMath.MonthStart(today.Year, today.Month), today, "month to date");

    /// <summary>"March 2008" anywhere; "March" alone only after "in", "during" or "for".</summary>
    private void Month(int i, int month, bool isShort, List<DateCandidate> found)
    {
        var k = t.AfterAbbreviation(i + 1, isShort);
        var y = t.IsMark(k, ',') ? k + 1 : k;
        var year = t.Year(y);
        if (year is null && !(t.Word(i - 1) is { } lead && DateWords.IsMonthLead(lead)))
        {
            return;
        }

        var start = CalendarMath.MonthStart(year ?? CalendarMath.LatestYearOf(today, month), month);
        var phrase = start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        found.Add(Span(i, year is null ? k : y + 1, start, CalendarMath.MonthEnd(start.Year, month), phrase));
    }

    private bool EndsAfter(int i)
    {
        // Trailing "?!" and the like; bounded so a flood of marks costs nothing.
        for (var n = 0; i < t.Count; i++, n++)
        {
            if (n >= 4 || t[i].Kind != DateTokenKind.Mark)
            {
                return false;
            }
        }

        return true;
    }

    private static DateCandidate Day(int first, int end, DateOnly date, string phrase) =>
        new(first, end, DateQuery.Day(date, phrase), DateCandidate.Relative);

    private DateCandidate Span(int first, int end, DateOnly from, DateOnly to, string phrase) =>
        new(first, end, DateQuery.Period(from, to, today, phrase), DateCandidate.Span);
}
