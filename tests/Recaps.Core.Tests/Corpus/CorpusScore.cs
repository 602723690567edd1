using System.Globalization;

namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's score_parse() totals over many articles, and its summary line.</summary>
internal sealed class CorpusScore
{
    public int TruePositives { get; private set; }
    public int FalsePositives { get; private set; }
    public int FalseNegatives { get; private set; }
    public int CoreTruePositives { get; private set; }
    public int CoreFalsePositives { get; private set; }
    public int CoreFalseNegatives { get; private set; }
    public int SignErrors { get; private set; }
    public int Dates { get; private set; }
    public int DatesOk { get; private set; }

    public double F1 => Prf(TruePositives, FalsePositives, FalseNegatives).F1;

    /// <summary>Adds one article. A wrong match counts as a miss and as a spurious move.</summary>
    public void Add(MatchOutcome outcome, string? goldDate, string? predictedDate)
    {
        var pairs = outcome.Pairs;
        var good = pairs.Count(p => p.IsFound);
        TruePositives += good;
        FalseNegatives += pairs.Count - good;
        FalsePositives += outcome.Extra.Count + pairs.Count(p => p.IsWrong);
        SignErrors += pairs.Count(p => p.Predicted is not null && p.Wrong.Contains("direction"));
        CoreTruePositives += pairs.Count(p => IsCore(p.Gold) && p.IsFound);
        CoreFalseNegatives += pairs.Count(p => IsCore(p.Gold) && !p.IsFound);
        CoreFalsePositives += outcome.Extra.Count(IsCore) + pairs.Count(p => IsCore(p.Gold) && p.IsWrong);
        if (!string.IsNullOrEmpty(goldDate))
        {
            Dates++;
            var date = predictedDate ?? "";
            DatesOk += (date.Length > 10 ? date[..10] : date) == goldDate ? 1 : 0;
        }
    }

    public static (double Precision, double Recall, double F1) Prf(int tp, int fp, int fn)
    {
        var precision = tp + fp > 0 ? (double)tp / (tp + fp) : 0.0;
        var recall = tp + fn > 0 ? (double)tp / (tp + fn) : 0.0;
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
        return (precision, recall, f1);
    }

    /// <summary>The line score.py prints last: "parse: P=.. R=.. F1=.. index+stock F1=.. sign-errors=.. moves=.. dates=../..".</summary>
    public string SummaryLine()
    {
        var (precision, recall, f1) = Prf(TruePositives, FalsePositives, FalseNegatives);
        var coreF1 = Prf(CoreTruePositives, CoreFalsePositives, CoreFalseNegatives).F1;
        return $"parse: P={Fixed3(precision)} R={Fixed3(recall)} F1={Fixed3(f1)} index+stock F1={Fixed3(coreF1)} " +
            $"sign-errors={SignErrors} moves={TruePositives + FalseNegatives} dates={DatesOk}/{Dates}";
    }

    /// <summary>Python's "{:.3f}": exact ties (odd sixteenths such as 0.0625) round to even.</summary>
    public static string Fixed3(double x) =>
        Math.Round(x, 3, MidpointRounding.ToEven).ToString("F3", CultureInfo.InvariantCulture);

    private static bool IsCore(ScoredMove move) =>
        (move.Kind ?? "").ToLowerInvariant() is "index" or "stock";
}
