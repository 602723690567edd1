using BenchmarkDotNet.Configs;

namespace Recaps.Benchmarks;

/// <summary>Articles/s and moves/s for both ingest benchmarks: each invocation ingests the whole repeated corpus.</summary>
public sealed class StoreIngestConfig : ManualConfig
{
    public StoreIngestConfig()
    {
        AddColumn(Column("Articles/s", IngestCorpus.ArticleCount, "articles/s", "Articles ingested (parsed and stored) per second"));
        AddColumn(Column("Moves/s", IngestCorpus.Moves, "moves/s", "Moves stored per second"));
    }

    private static ThroughputColumn Column(string name, double units, string unit, string legend) =>
        new(new Dictionary<string, (double Units, string Unit)>
        {
            [nameof(StoreIngestBenchmarks.IngestSequential)] = (units, unit),
            [nameof(StoreIngestBenchmarks.IngestParallel)] = (units, unit),
        }, name, legend);
}
