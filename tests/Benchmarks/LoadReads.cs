using System.Diagnostics;
using System.Globalization;

namespace Recaps.Benchmarks;

/// <summary>
/// `load-reads [--years 1,10] [--ops 20000]`: each read timed alone with a Stopwatch, one after another on one
/// thread, after a warm-up; prints p50/p90/p99/max and reads/s per store size. Generates (or reuses) the stores.
/// Each read is timed as a long-running process makes it (article versions cached for a few seconds) and
/// cold (every article's row read again, as in a fresh process or another instance).
/// </summary>
internal static class LoadReads
{
    private const int WarmUp = 2_000;

    public static async Task<int> RunAsync(LoadArguments arguments)
    {
        var years = arguments.Integers("--years", [1, 10]);
        var ops = arguments.Integer("--ops", 20_000);
        Console.WriteLine($"load-reads: {ops:#,0} timed reads of each kind per store, after {WarmUp:#,0} untimed; one thread");
        foreach (var size in years)
        {
            var store = await GeneratedStore.OpenAsync(size, Console.Out).ConfigureAwait(false);
            Console.WriteLine($"store {size}y: {store.Summary}; now {StoreFiles.Megabytes(store.SizeOnDisk)} at {store.Folder}");
            foreach (var (cache, lifetime) in new[] { ("cached", (TimeSpan?)null), ("cold  ", TimeSpan.Zero) })
            {
                using var reads = new StoreReads(store, lifetime);
                await reads.CheckAsync().ConfigureAwait(false);
                await MeasureAsync($"{size,2}y {cache} newest {StoreReads.InstrumentTake} moves of an instrument", ops, reads.NewestInstrumentMovesAsync).ConfigureAwait(false);
                await MeasureAsync($"{size,2}y {cache} all moves of a session         ", ops, reads.SessionMovesAsync).ConfigureAwait(false);
            }
        }
        return 0;
    }

    private static async Task MeasureAsync<T>(string label, int ops, Func<Task<IReadOnlyList<T>>> read)
    {
        for (var i = 0; i < WarmUp; i++)
        {
            await read().ConfigureAwait(false);
        }
        var latencies = new Latencies();
        long rows = 0;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++)
        {
            rows += (await latencies.TimeAsync(read).ConfigureAwait(false)).Count;
        }
        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} | {latencies.Summary()} | {ops / clock.Elapsed.TotalSeconds,7:#,0} reads/s | {(double)rows / ops:0.0} moves/read"));
    }
}
