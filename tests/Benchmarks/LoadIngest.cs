using System.Diagnostics;
using System.Globalization;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;

namespace Recaps.Benchmarks;

/// <summary>
/// `load-ingest [--articles 10000] [--mode both|sequential|parallel] [--profile] [--keep] [--storage CONNECTION_STRING]`:
/// the repeated corpus ingested into a fresh SQLite store (or an empty Table Storage, e.g. Azurite), timed as a whole (articles/s, moves/s) and article by article
/// (p50/p99). --profile also counts and times every table call, to show where an article's time goes; --keep
/// leaves the stores on disk.
/// </summary>
internal static class LoadIngest
{
    public static async Task<int> RunAsync(LoadArguments arguments)
    {
        var count = arguments.Integer("--articles", IngestCorpus.ArticleCount);
        var mode = arguments.Value("--mode") ?? "both";
        var profile = arguments.Flag("--profile");
        var keep = arguments.Flag("--keep");
        var storage = arguments.Value("--storage");
        if (storage is not null && mode == "both")
        {
            // The second run would find the first run's articles and skip them.
            Console.Error.WriteLine("--storage measures one mode per (empty) store: add --mode sequential or --mode parallel");
            return 2;
        }
        var documents = IngestCorpus.Documents.Take(count).ToList();
        Console.WriteLine($"load-ingest: {documents.Count:#,0} articles ({documents.Sum(d => d.Content.Length) / 1e6:0.0} MB), " +
            $"{Environment.ProcessorCount} processors, parallel degree {IngestRun.Degree}");
        ParseOnly(documents);
        if (mode is "both" or "sequential")
        {
            await MeasureAsync("sequential", documents, profile, keep, storage, (run, latencies) => run.SequentialAsync(documents, latencies)).ConfigureAwait(false);
        }
        if (mode is "both" or "parallel")
        {
            await MeasureAsync("parallel  ", documents, profile, keep, storage, (run, latencies) => run.ParallelAsync(documents, latencies)).ConfigureAwait(false);
        }
        return 0;
    }

    // The parser's share: the same documents parsed on one thread, nothing stored.
    private static void ParseOnly(List<RecapDocument> documents)
    {
        var parser = new RecapParser();
        var clock = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            parser.Parse(RecapText.Decode(document.Content.Span), document.Received);
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse only (one thread) | {clock.Elapsed.TotalSeconds,6:0.00} s | {documents.Count / clock.Elapsed.TotalSeconds,7:#,0} articles/s"));
    }

    private static async Task MeasureAsync(string label, List<RecapDocument> documents, bool profile, bool keep, string? storage, Func<IngestRun, Latencies, Task<long>> ingest)
    {
        var calls = new TableCalls();
        using var run = await IngestRun.CreateAsync(profile ? tables => new TimedTableService(tables, calls) : null, storage).ConfigureAwait(false);
        run.Keep = keep;
        var latencies = new Latencies();
        var clock = Stopwatch.StartNew();
        var moves = await ingest(run, latencies).ConfigureAwait(false);
        clock.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var where = run.SizeOnDisk() is { } size ? "store " + StoreFiles.Megabytes(size) + (keep ? " kept at " + run.Folder : "") : "Table Storage";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} | {seconds,6:0.00} s | {documents.Count / seconds,7:#,0} articles/s | {moves / seconds,8:#,0} moves/s | {moves:#,0} moves | " +
            $"{where}"));
        Console.WriteLine($"  per article: {latencies.Summary()}");
        if (profile)
        {
            Console.WriteLine(calls.Report(documents.Count, clock.Elapsed));
        }
    }
}
