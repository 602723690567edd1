using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>What span a figure covers: the session, or "for the week", "yesterday's", "during the session".</summary>
internal sealed partial class SentenceWalk
{
    private MovePeriod? PeriodFor(Figure figure)
    {
        var (from, to) = SubClause(figure.Start);
        foreach (var (at, period) in periods)
        {
            if (at >= from && at < to)
            {
                return period;
            }
        }

        if (leadingPeriod is { } leading)
        {
            return leading;
        }

        if (sentence.IsHeading)
        {
            var previous = periods.Where(p => p.At < figure.Start).Select(p => (MovePeriod?)p.Period).LastOrDefault();
            return previous;
        }

        return null;
    }

    private string? SessionFor(Figure figure)
    {
        var (from, to) = SubClause(figure.Start);
        for (var k = from; k < to; k++)
        {
            var t = tokens[k].Lower;
            if (t is "after-hours" || (t == "after" && Next(k).Lower is "hours") || (t == "extended" && Next(k).Lower is "trading" or "trade")
                || (t == "after" && Next(k).Lower == "the" && k + 2 < tokens.Count && tokens[k + 2].Lower == "bell"))
            {
                return "extended";
            }

            if (t is "intraday" || (t == "during" && Next(k).Lower == "the" && k + 2 < tokens.Count && tokens[k + 2].Lower == "session")
                || (t == "earlier" && Next(k).Lower == "in") || (t == "at" && Next(k).Lower == "one" && k + 2 < tokens.Count && tokens[k + 2].Lower == "point"))
            {
                return "intraday-peak";
            }
        }

        return null;
    }

    /// <summary>The stretch of a sentence a span phrase can speak for: between commas, causes and "and".</summary>
    private (int From, int To) SubClause(int at)
    {
        var from = at;
        while (from > 0 && !IsSubClauseBreak(from - 1))
        {
            from--;
        }

        var to = at;
        while (to < tokens.Count && !IsSubClauseBreak(to))
        {
            to++;
        }

        return (from, to);
    }

    private bool IsSubClauseBreak(int k)
    {
        var t = tokens[k];
        if (t.Lower is "on" && Next(k).Lower is not ("the" or "a") && !Lexicon.IsWeekday(Next(k).Lower, out _) && !Lexicon.Months.Contains(Next(k).Lower))
        {
            return true;
        }

        if (t.Lower is "as" && Next(k).Lower is not ("much" or "many") && (k == 0 || tokens[k - 1].Lower is not ("much" or "many")))
        {
            return true;
        }

        if (t.Lower == "after" && (Next(k).Lower == "hours" || Next(k).Lower == "the" && k + 2 < tokens.Count && tokens[k + 2].Lower == "bell"))
        {
            return false;
        }

        return t.IsPunct(',') || t.IsPunct(';') || t.IsPunct('(') || t.IsPunct(')')
            || t.Lower is "after" or "following" or "while" or "whereas" or "and" or "compared" or "but" or "amid" or "amidst" or "because" or "thanks" or "due";
    }
}
