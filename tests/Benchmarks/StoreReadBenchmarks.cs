using BenchmarkDotNet.Attributes;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Benchmarks;

/// <summary>
/// The two reads against generated stores of 1 year (~2,500 articles, ~100,000 moves) and 10 years (~25,000
/// articles, ~1,000,000 moves): mean time and allocations per read. BenchmarkDotNet's percentiles are of
/// iteration means, not of single reads; `load-reads` (see <see cref="LoadReads"/>) gives those.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(StoreReadConfig))]
public class StoreReadBenchmarks : IDisposable
{
    private StoreReads? _reads;

    [Params(1, 10)]
    public int Years { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = GeneratedStore.OpenAsync(Years, Console.Out).GetAwaiter().GetResult();
        Console.WriteLine($"// store: {store.Summary}");
        _reads = new StoreReads(store);
        _reads.CheckAsync().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _reads?.Dispose();
        _reads = null;
        GC.SuppressFinalize(this);
    }

    [Benchmark]
    public Task<IReadOnlyList<StoredMove>> NewestInstrumentMoves() => _reads!.NewestInstrumentMovesAsync();

    [Benchmark]
    public Task<IReadOnlyList<StoredMove>> SessionMoves() => _reads!.SessionMovesAsync();
}
