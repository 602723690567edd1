namespace Recaps.Core.Questions.Dates;

/// <summary>
/// Finds the date expression in a user's question ("yesterday", "on Wednesday", "this week", "21 May",
/// "in March 2008", "that day") and resolves it against today. Hand-tokenised and linear in the
/// question's length, so hostile input cannot stall or crash it.
/// </summary>
public static class DateExpressions
{
    // Keeps "last year", "past 10 years" and year-less look-backs clear of DateOnly's ends.
    private const int EarliestToday = 100;
    private const int LatestToday = 9900;

    /// <summary>
    /// The question's most specific date expression (an explicit date over a weekday or "yesterday", those
    /// over a period, a period over "that day"; then the longest; then the first), or null when it has none.
    /// </summary>
    public static DateMatch? Find(string question, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (today.Year is < EarliestToday or > LatestToday)
        {
            return null;
        }

        var tokens = new DateTokens(DateTokenizer.Tokenize(question));
        var reader = new DateReader(tokens, today);
        var found = new List<DateCandidate>();
        for (var i = 0; i < tokens.Count; i++)
        {
            reader.ReadAt(i, found);
        }

        var blocked = new bool[tokens.Count];
        foreach (var blocker in found.Where(c => c.Query is null))
        {
            Array.Fill(blocked, true, blocker.First, blocker.End - blocker.First);
        }

        DateMatch? best = null;
        var bestRank = int.MinValue;
        foreach (var candidate in found)
        {
            if (candidate.Query is null || IsBlocked(blocked, candidate))
            {
                continue;
            }

            var start = tokens[WithLead(tokens, candidate.First)].Start;
            var last = tokens[candidate.End - 1];
            var match = new DateMatch(candidate.Query, start, last.Start + last.Length - start);
            if (best is null || candidate.Rank > bestRank || (candidate.Rank == bestRank && match.Length > best.Length))
            {
                (best, bestRank) = (match, candidate.Rank);
            }
        }

        return best;
    }

    private static bool IsBlocked(bool[] blocked, DateCandidate candidate)
    {
        for (var i = candidate.First; i < candidate.End; i++)
        {
            if (blocked[i])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Widens a match over "the" and "on"/"in"/"during"/"for"/"over", so cutting it out leaves no stray words.</summary>
    private static int WithLead(DateTokens tokens, int first)
    {
        if (tokens.Is(first - 1, "the"))
        {
            first--;
        }

        return tokens.Word(first - 1) is { } lead && DateWords.IsLead(lead) ? first - 1 : first;
    }
}
