using System.Diagnostics;
using System.Globalization;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;

namespace Recaps.Benchmarks;

/// <summary>
/// `load-answers [--years 10] [--ops 2000] [--intent TEXT]`: questions of every intent answered in-process from a generated
/// store (10 years x 10 markets: ~1,000,000 moves), each timed alone on one thread after a warm-up; p50/p99 per
/// intent. The clock stands at the store's last session evening, as a user asking that day.
/// </summary>
internal static class LoadAnswers
{
    private const int WarmUp = 200;

    public static async Task<int> RunAsync(LoadArguments arguments)
    {
        var years = arguments.Integer("--years", 10);
        var ops = arguments.Integer("--ops", 2_000);
        var generated = await GeneratedStore.OpenAsync(years, Console.Out).ConfigureAwait(false);
        Console.WriteLine($"load-answers: {generated.Summary}; {ops:#,0} timed questions per intent after {WarmUp} untimed; one thread");
        var last = generated.Plan.Dates[^1];
        var clock = new StoppedClock(new DateTimeOffset(last.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8)));
        using var store = new SessionStore(new SqliteTableService(generated.Folder, TimeProvider.System));
        var answers = new AnswerService(store, clock);
        var random = new Random(7);
        var markets = GeneratedSessions.MarketCodes;
        string Market() => markets[random.Next(markets.Count)];
        string Stock() => string.Create(CultureInfo.InvariantCulture, $"{Market()} Company {random.Next(1, GeneratedSessions.BlueChips + 1):D3}");
        string Day() => generated.Plan.Dates[random.Next(generated.Plan.Dates.Count)].ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        (string Intent, Func<string> Question)[] intents =
        [
            ("move, latest", () => $"how did {Stock()} do?"),
            ("move, on a date", () => $"how did {Stock()} do on {Day()}?"),
            ("move, this month", () => $"how has {Stock()} done this month?"),
            ("index close, yesterday", () => $"where did the {Market()} Benchmark Index close yesterday?"),
            ("reason", () => $"why did {Stock()} move?"),
            ("compare two", () => $"{Stock()} vs {Stock()}"),
            ("top gainers, one market", () => $"top gainers in {MarketName(Market())} yesterday"),
            ("top losers, all markets", () => "biggest losing stocks"),
            ("summary, on a date", () => $"how was the market on {Day()}?"),
            ("sessions list", () => "which sessions do you know?"),
            ("typo", () => $"how did {Stock().Replace("Company", "Compnay", StringComparison.Ordinal)} do?"),
            ("unknown name", () => "how did Tesla do?"),
        ];
        var only = arguments.Value("--intent");
        foreach (var (intent, question) in intents.Where(i => only is null || i.Intent.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            await MeasureAsync(intent, ops, () => answers.AskAsync(question())).ConfigureAwait(false);
        }
        return 0;
    }

    private static string MarketName(string code) => MarketText.Market(code);

    private static async Task MeasureAsync(string label, int ops, Func<Task<Answer>> ask)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await ask().ConfigureAwait(false);
        }
        var latencies = new Latencies();
        var facts = 0L;
        var kinds = new Dictionary<AnswerKind, int>();
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++)
        {
            var answer = await latencies.TimeAsync(ask).ConfigureAwait(false);
            facts += answer.Facts.Count;
            kinds[answer.Kind] = kinds.GetValueOrDefault(answer.Kind) + 1;
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-26} | {latencies.Summary()} | {ops / clock.Elapsed.TotalSeconds,6:#,0}/s | {(double)facts / ops,5:0.0} facts | {string.Join(" ", kinds.Select(k => $"{k.Key}:{k.Value}"))}"));
    }
}
