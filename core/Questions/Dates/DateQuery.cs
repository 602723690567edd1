using System.Globalization;

namespace Recaps.Core.Questions.Dates;

/// <summary>
/// A resolved date expression. <see cref="Phrase"/> is a normalised label ("this week", "past 5 days",
/// "yesterday", "March 2008"), not the user's spelling, which the <see cref="DateMatch"/> span keeps.
/// A period's <see cref="To"/> is never after today; a period wholly in the future ("May 2030") keeps its
/// start, so it has <see cref="From"/> after <see cref="To"/> and holds no sessions.
/// </summary>
public sealed record DateQuery(DateQueryKind Kind, DateOnly From, DateOnly To, int SessionsBack, string Phrase)
{
    /// <summary>"Wed 21 May 2025", "this week (Mon 19 May - Wed 21 May 2025)", "March 2008", "yesterday".</summary>
    public string Describe() => Kind switch
    {
        DateQueryKind.Day => MarketText.Date(From),
        DateQueryKind.Period => DescribePeriod(),
        _ => Phrase,
    };

    internal static DateQuery Day(DateOnly date, string phrase) => new(DateQueryKind.Day, date, date, 0, phrase);

    internal static DateQuery Back(DateOnly today, int sessions, string phrase)
    {
        var to = today.AddDays(-1);
        return new(DateQueryKind.SessionsBack, to, to, sessions, phrase);
    }

    internal static DateQuery Period(DateOnly from, DateOnly to, DateOnly today, string phrase) =>
        new(DateQueryKind.Period, from, to > today ? today : to, 0, phrase);

    internal static DateQuery Same(DateOnly today, string phrase) => new(DateQueryKind.SameAsBefore, today, today, 0, phrase);

    private string DescribePeriod()
    {
        if (From > To)
        {
            return Phrase;
        }

        var sameYear = From.Year == To.Year;
        if (sameYear && From.Day == 1 && From.Month == To.Month && To.Day == DateTime.DaysInMonth(To.Year, To.Month))
        {
            return From.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (sameYear && From.DayOfYear == 1 && To.Month == 12 && To.Day == 31)
        {
            return From.Year.ToString(CultureInfo.InvariantCulture);
        }

        // The year is written once when both ends share it: "Mon 19 May - Wed 21 May 2025".
        var start = From == To ? "" : (sameYear ? From.ToString("ddd d MMM", CultureInfo.InvariantCulture) : MarketText.Date(From)) + " - ";
        return $"{Phrase} ({start}{MarketText.Date(To)})";
    }
}
