namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's pairwise rules: which predicted moves may stand for a gold move, and which fields are wrong.</summary>
internal static class MoveComparison
{
    private static readonly HashSet<string> SessionPeriods = new(StringComparer.Ordinal) { "", "day", "session", "today" };

    public static bool SameInstrument(ScoredMove gold, ScoredMove predicted)
    {
        if (NameNormalizer.Names(gold).Overlaps(NameNormalizer.Names(predicted)))
        {
            return true;
        }

        if (!string.Equals(gold.Kind, "sector", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Sector names are loose: "Instruments" ~ "instrument makers".
        var goldStems = SectorStems.Of(gold.Name);
        var predictedStems = SectorStems.Of(predicted.Name);
        return goldStems.Count > 0 && predictedStems.Count > 0
            && (goldStems.IsSubsetOf(predictedStems) || predictedStems.IsSubsetOf(goldStems));
    }

    /// <summary>The move's period, with the session's own synonyms ("day", "today", ...) read as none (null).</summary>
    public static string? Period(ScoredMove move)
    {
        var period = (move.Period ?? "").ToLowerInvariant().Trim();
        return SessionPeriods.Contains(period) ? null : period;
    }

    /// <summary>Index and sector are interchangeable ("market"); other kinds must be equal.</summary>
    public static bool KindOk(ScoredMove gold, ScoredMove predicted) =>
        KindGroup(gold.Kind) == KindGroup(predicted.Kind);

    public static bool VenueOk(ScoredMove gold, ScoredMove predicted)
    {
        if (VenueCodes.Of(gold.Venue) is not { } g || VenueCodes.Of(predicted.Venue) is not { } p)
        {
            return true;
        }

        return g.Market == p.Market && (g.Board is null || p.Board is null || g.Board == p.Board);
    }

    /// <summary>"up", "down" or "flat" as labelled, else from the sign of pct, else "".</summary>
    public static string Direction(ScoredMove move)
    {
        var direction = (move.Direction ?? "").ToLowerInvariant();
        if (direction is "up" or "down" or "flat")
        {
            return direction;
        }

        return move.Pct switch
        {
            null => "",
            > 0 => "up",
            < 0 => "down",
            _ => "flat",
        };
    }

    /// <summary>score.py's correct(): the names of the wrong fields ("direction", "pct", ...); empty when right.</summary>
    public static IReadOnlyList<string> WrongFields(ScoredMove gold, ScoredMove predicted)
    {
        var wrong = new List<string>();
        if (Direction(gold) != Direction(predicted))
        {
            wrong.Add("direction");
        }

        // pct and points compare by size: the sign is the direction's business.
        CheckMagnitude("pct", gold.Pct, predicted.Pct, 0.006, wrong);
        CheckMagnitude("points", gold.Points, predicted.Points, 0.6, wrong);
        CheckValue("level", gold.Level, predicted.Level, 0.6, wrong);
        CheckValue("price", gold.Price, predicted.Price, 0.006, wrong);
        return wrong;
    }

    private static string KindGroup(string? kind)
    {
        var k = (kind ?? "").ToLowerInvariant();
        return k is "index" or "sector" ? "market" : k;
    }

    private static void CheckMagnitude(string field, double? gold, double? predicted, double tolerance, List<string> wrong)
    {
        if (gold is not { } g)
        {
            return;
        }

        if (predicted is { } p)
        {
            if (!Close(Math.Abs(g), Math.Abs(p), tolerance))
            {
                wrong.Add(field);
            }

            return;
        }

        CheckValue(field, gold, predicted, tolerance, wrong);
    }

    private static void CheckValue(string field, double? gold, double? predicted, double tolerance, List<string> wrong)
    {
        if (gold is { } g && !Close(g, predicted, Math.Max(tolerance, Math.Abs(g) * 1e-4)))
        {
            wrong.Add(field);
        }
    }

    private static bool Close(double gold, double? predicted, double tolerance) =>
        predicted is { } p && Math.Abs(gold - p) <= tolerance;
}
