using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's per-article lines: every wrong or missing gold move, every spurious prediction, a wrong date.</summary>
internal static class ArticleReport
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<string> Lines(ArticleRun run)
    {
        var id = run.Gold.Id;
        var lines = new List<string>();
        foreach (var pair in run.Outcome.Pairs.Where(p => p.Wrong.Count > 0))
        {
            var got = pair.Predicted is { } p ? " got " + Describe(p) : "";
            var period = pair.Gold.Period is { } span ? $" ({span})" : "";
            lines.Add($"{id}: {pair.Gold.Name} [{pair.Gold.Venue}]{period} {string.Join(',', pair.Wrong)}{got}");
        }

        foreach (var p in run.Outcome.Extra)
        {
            var where = (p.Venue is null ? "" : $" [{p.Venue}]") + (p.Period is null ? "" : $" ({p.Period})");
            lines.Add($"{id}: spurious {p.Kind} {p.Name} {Number(p.Pct)}{where}");
        }

        if (!run.DateMatches)
        {
            lines.Add($"{id}: date {run.PredictedDate} != {run.Gold.Date}");
        }

        return lines;
    }

    /// <summary>One line of counts: found, missing, wrong, spurious, and the date against gold.</summary>
    public static string Counts(ArticleRun run)
    {
        var pairs = run.Outcome.Pairs;
        return $"{run.Gold.Split}/{run.Gold.Id}: {pairs.Count} gold moves, {pairs.Count(p => p.IsFound)} found, " +
            $"{pairs.Count(p => p.IsMissing)} missing, {pairs.Count(p => p.IsWrong)} wrong, {run.Outcome.Extra.Count} spurious; " +
            (run.Result is { } r ? $"{r.Session.Moves.Count} parsed (issue: {r.Issue?.ToString() ?? "none"}); " : "parser threw; ") +
            $"date {run.PredictedDate ?? "none"} (gold {run.Gold.Date ?? "none"})";
    }

    private static string Describe(ScoredMove p) =>
        $"{{\"name\": {Json(p.Name)}, \"venue\": {Json(p.Venue)}, \"direction\": {Json(p.Direction)}, " +
        $"\"pct\": {JsonNumber(p.Pct)}, \"points\": {JsonNumber(p.Points)}, \"level\": {JsonNumber(p.Level)}, \"price\": {JsonNumber(p.Price)}}}";

    private static string Json(string? s) => s is null ? "null" : JsonSerializer.Serialize(s, Readable);

    private static string JsonNumber(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? "null";

    private static string Number(double? x) => x?.ToString("R", CultureInfo.InvariantCulture) ?? "None";
}
