using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace Recaps.Benchmarks;

/// <summary>
/// RecapIngestor.IngestAsync of the corpus repeated to 10,000 articles into a fresh SQLite store (a new
/// folder each iteration), one article at a time and in parallel as `recaps ingest` does. A run takes
/// seconds, so a few single-invocation iterations are enough; the columns turn the mean into articles/s and moves/s.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[Config(typeof(StoreIngestConfig))]
public class StoreIngestBenchmarks
{
    private IngestRun? _run;
    private long _expectedMoves;

    // Loads and counts the corpus outside the timed iterations.
    [GlobalSetup]
    public void Setup() => _expectedMoves = IngestCorpus.Documents.Count == IngestCorpus.ArticleCount ? IngestCorpus.Moves : -1;

    [IterationSetup]
    public void CreateStore() => _run = IngestRun.CreateAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void DeleteStore()
    {
        _run?.Dispose();
        _run = null;
    }

    [Benchmark]
    public async Task<long> IngestSequential() => Checked(await _run!.SequentialAsync(IngestCorpus.Documents).ConfigureAwait(false));

    [Benchmark]
    public async Task<long> IngestParallel() => Checked(await _run!.ParallelAsync(IngestCorpus.Documents).ConfigureAwait(false));

    // A rate is only worth reporting if every article was stored.
    private long Checked(long moves) => moves == _expectedMoves
        ? moves
        : throw new InvalidOperationException($"stored {moves} moves, expected {_expectedMoves}");
}
