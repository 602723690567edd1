using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Phrases that put a figure on another span than the session ("for the week", "yesterday's").</summary>
internal static class PeriodFinder
{
    private static readonly (string[] Words, MovePeriod Period)[] Phrases =
    [
        (["yesterday"], MovePeriod.PreviousDay), (["yesterday", "'s"], MovePeriod.PreviousDay), (["previous", "session"], MovePeriod.PreviousDay),
        (["previous", "day"], MovePeriod.PreviousDay), (["prior", "session"], MovePeriod.PreviousDay), (["previous", "trading", "day"], MovePeriod.PreviousDay),
        (["a", "day", "earlier"], MovePeriod.PreviousDay), (["the", "day", "before"], MovePeriod.PreviousDay), (["last", "session"], MovePeriod.PreviousDay),
        (["for", "the", "week"], MovePeriod.Week), (["over", "the", "week"], MovePeriod.Week), (["this", "week"], MovePeriod.Week),
        (["on", "the", "week"], MovePeriod.Week), (["weekly"], MovePeriod.Week), (["week-to-date"], MovePeriod.Week), (["in", "the", "week"], MovePeriod.Week),
        (["for", "the", "month"], MovePeriod.Month), (["this", "month"], MovePeriod.Month), (["monthly"], MovePeriod.Month), (["as", "a", "whole"], MovePeriod.Month),
        (["month-to-date"], MovePeriod.Month),
        (["for", "the", "year"], MovePeriod.YearToDate), (["so", "far", "this", "year"], MovePeriod.YearToDate), (["this", "year"], MovePeriod.YearToDate),
        (["year-to-date"], MovePeriod.YearToDate), (["year", "to", "date"], MovePeriod.YearToDate), (["ytd"], MovePeriod.YearToDate),
        (["since", "the", "start", "of", "the", "year"], MovePeriod.YearToDate), 
        (["for", "the", "quarter"], MovePeriod.QuarterToDate), (["this", "quarter"], MovePeriod.QuarterToDate), (["quarter-to-date"], MovePeriod.QuarterToDate),
        (["past", "three", "months"], MovePeriod.ThreeMonth), (["three-month"], MovePeriod.ThreeMonth), (["past", "six", "months"], MovePeriod.SixMonth),
        (["six-month"], MovePeriod.SixMonth), (["past", "year"], MovePeriod.Year), (["past", "12", "months"], MovePeriod.Year),
        (["overnight"], MovePeriod.PreviousDay), (["a", "day", "after"], MovePeriod.PreviousDay), (["since", "january"], MovePeriod.YearToDate),
        (["year-to-date"], MovePeriod.YearToDate), (["last", "week"], MovePeriod.Week), (["past", "week"], MovePeriod.Week), (["last", "month"], MovePeriod.Month),
        (["past", "month"], MovePeriod.Month), (["last", "year"], MovePeriod.Year), (["so", "far", "this", "month"], MovePeriod.Month),
        (["so", "far", "this", "week"], MovePeriod.Week), (["so", "far", "this", "quarter"], MovePeriod.QuarterToDate),
        (["past", "three", "sessions"], MovePeriod.PreviousThreeSessions), (["previous", "three", "sessions"], MovePeriod.PreviousThreeSessions),
        (["last", "three", "sessions"], MovePeriod.PreviousThreeSessions),
    ];

    private static readonly PhraseTable<MovePeriod> Table = new(Phrases);

    public static IEnumerable<string> FirstWords => Phrases.Select(p => p.Words[0]).Concat(["last", "previous", "for", "so"]);

    /// <summary>Every period phrase in the sentence, by the token where it starts.</summary>
    public static List<(int At, MovePeriod Period)> Find(List<Token> tokens, DayOfWeek? sessionDay = null)
    {
        var found = new List<(int, MovePeriod)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // "after gaining 2.3 percent on Monday", "Thursday's fall" in a Friday recap: an earlier session.
            if (sessionDay is { } day && Lexicon.IsWeekday(tokens[i].Lower, out var named) && named != (int)day
                && (i > 0 && tokens[i - 1].Lower == "on" || i + 1 < tokens.Count && tokens[i + 1].Lower == "'s")
                && !(i > 1 && tokens[i - 2].Lower is "from" or "until" or "through"))
            {
                found.Add((i, MovePeriod.PreviousDay));
                continue;
            }

            if (!tokens[i].IsWord || !tokens[i].Has(WordFlags.PeriodStart))
            {
                continue;
            }

            // "last Friday's gains", "previous Friday's": the session before.
            if (tokens[i].Lower is "last" or "previous" && i + 1 < tokens.Count && Lexicon.IsWeekday(tokens[i + 1].Lower, out _))
            {
                found.Add((i, MovePeriod.PreviousDay));
                continue;
            }

            // "so far in July": the month; "so far in 2025": the year.
            if (tokens[i].Lower == "so" && i + 3 < tokens.Count && tokens[i + 1].Lower == "far" && tokens[i + 2].Lower == "in")
            {
                found.Add((i, Lexicon.Months.Contains(tokens[i + 3].Lower) ? MovePeriod.Month : MovePeriod.YearToDate));
                continue;
            }

            // "For March as a whole", "for March": the month.
            if (tokens[i].Lower == "for" && i + 1 < tokens.Count && Lexicon.Months.Contains(tokens[i + 1].Lower) && tokens[i + 1].IsCapitalized)
            {
                found.Add((i, MovePeriod.Month));
                continue;
            }

            if (Table.TryMatch(tokens, i, out var period, out _))
            {
                found.Add((i, period));
            }
        }

        return found;
    }
}
