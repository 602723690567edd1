using BenchmarkDotNet.Configs;

namespace Recaps.Benchmarks;

/// <summary>Adds the Throughput column: articles/s for the per-article benchmark, MB/s for the large document.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        AddColumn(new ThroughputColumn(new Dictionary<string, (double Units, string Unit)>
        {
            [nameof(ParserBenchmarks.ParseEachArticle)] = (BenchmarkCorpus.Articles.Count, "articles/s"),
            [nameof(ParserBenchmarks.ParseLargeDocument)] = (BenchmarkCorpus.LargeDocumentBytes / 1e6, "MB/s"),
        }));
    }
}
