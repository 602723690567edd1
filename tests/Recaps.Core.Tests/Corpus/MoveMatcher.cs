namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's match(): greedy one-to-one matching of predicted moves to gold moves.</summary>
internal static class MoveMatcher
{
    /// <summary>
    /// Each gold move, in gold order, takes the unused candidate with the fewest wrong fields, then one on the
    /// very same venue, then the earliest. A candidate has the same period, a compatible kind and venue, and
    /// names the same instrument. A gold move without a candidate is "missing".
    /// </summary>
    public static MatchOutcome Match(IReadOnlyList<ScoredMove> gold, IReadOnlyList<ScoredMove> predicted)
    {
        var used = new HashSet<int>();
        var pairs = new List<MatchedPair>(gold.Count);
        foreach (var g in gold)
        {
            var best = -1;
            var bestKey = (Wrong: int.MaxValue, Venue: int.MaxValue);
            for (var i = 0; i < predicted.Count; i++)
            {
                var p = predicted[i];
                if (used.Contains(i) || !IsCandidate(g, p))
                {
                    continue;
                }

                var key = (MoveComparison.WrongFields(g, p).Count, VenueCodes.Of(g.Venue) == VenueCodes.Of(p.Venue) ? 0 : 1);
                if (key.CompareTo(bestKey) < 0)
                {
                    best = i;
                    bestKey = key;
                }
            }

            if (best < 0)
            {
                pairs.Add(new MatchedPair(g, null, ["missing"]));
                continue;
            }

            used.Add(best);
            pairs.Add(new MatchedPair(g, predicted[best], MoveComparison.WrongFields(g, predicted[best])));
        }

        var extra = predicted.Where((_, i) => !used.Contains(i)).ToList();
        return new MatchOutcome(pairs, extra);
    }

    private static bool IsCandidate(ScoredMove gold, ScoredMove predicted) =>
        MoveComparison.Period(gold) == MoveComparison.Period(predicted)
        && MoveComparison.KindOk(gold, predicted)
        && MoveComparison.VenueOk(gold, predicted)
        && MoveComparison.SameInstrument(gold, predicted);
}
