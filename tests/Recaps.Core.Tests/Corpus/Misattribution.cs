namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// A spurious predicted move that carries another instrument's figure: its pct equals (within 0.006, by size) the
/// pct of a gold move of a different instrument that was itself missed or got wrong. Usually a figure read into
/// the wrong name ("Geely rose 2.6%" credited to Li Auto).
/// </summary>
internal sealed record Misattribution(ScoredMove Predicted, ScoredMove Gold)
{
    public const double Tolerance = 0.006;

    public static IReadOnlyList<Misattribution> Find(MatchOutcome outcome)
    {
        var unmatchedGold = outcome.Pairs.Where(p => !p.IsFound && p.Gold.Pct is not null).Select(p => p.Gold).ToList();
        var found = new List<Misattribution>();
        foreach (var predicted in outcome.Extra.Where(p => p.Pct is not null))
        {
            var owner = unmatchedGold.FirstOrDefault(g =>
                Math.Abs(Math.Abs(predicted.Pct!.Value) - Math.Abs(g.Pct!.Value)) <= Tolerance
                && !MoveComparison.SameInstrument(g, predicted));
            if (owner is not null)
            {
                found.Add(new Misattribution(predicted, owner));
            }
        }

        return found;
    }

    public override string ToString() =>
        $"{Predicted.Name} [{Predicted.Venue}] pct {Predicted.Pct} looks like {Gold.Name} [{Gold.Venue}] pct {Gold.Pct}";
}
