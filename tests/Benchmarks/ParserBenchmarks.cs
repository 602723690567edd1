using BenchmarkDotNet.Attributes;
using Recaps.Core.Parsing;

namespace Recaps.Benchmarks;

/// <summary>
/// RecapParser.Parse over the corpus one article at a time (articles/s), and over one ~1 MB document
/// made of the corpus repeated (MB/s). The Throughput column turns the mean time into those rates.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ParserBenchmarks
{
    private static readonly DateTimeOffset Received = new(2025, 6, 1, 18, 0, 0, TimeSpan.FromHours(8));

    private readonly RecapParser parser = new();
    private IReadOnlyList<string> articles = [];
    private string largeDocument = "";

    [GlobalSetup]
    public void Setup()
    {
        articles = BenchmarkCorpus.Articles;
        largeDocument = BenchmarkCorpus.LargeDocument;
    }

    /// <summary>Every corpus article parsed once; returns the moves found so the work cannot be skipped.</summary>
    [Benchmark]
    public int ParseEachArticle()
    {
        var moves = 0;
        foreach (var article in articles)
        {
            moves += parser.Parse(article, Received).Session.Moves.Count;
        }
        return moves;
    }

    [Benchmark]
    public int ParseLargeDocument() => parser.Parse(largeDocument, Received).Session.Moves.Count;
}
