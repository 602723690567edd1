using System.Diagnostics;
using System.Globalization;

namespace Recaps.Benchmarks;

/// <summary>Timings of single operations, summarised as percentiles (nearest rank). Safe to add to from several threads.</summary>
internal sealed class Latencies
{
    private readonly Lock _gate = new();
    private readonly List<long> _ticks = [];
    private long _total;

    public int Count => _ticks.Count;

    /// <summary>Times one operation and keeps its duration.</summary>
    public async Task<T> TimeAsync<T>(Func<Task<T>> operation)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await operation().ConfigureAwait(false);
        Add(Stopwatch.GetTimestamp() - start);
        return result;
    }

    public void Add(long elapsedTicks)
    {
        lock (_gate)
        {
            _ticks.Add(elapsedTicks);
            _total += elapsedTicks;
        }
    }

    public double Percentile(double p)
    {
        if (_ticks.Count == 0)
        {
            return double.NaN;
        }
        var sorted = _ticks.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return Milliseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)]);
    }

    public double Mean => _ticks.Count == 0 ? double.NaN : Milliseconds(_total) / _ticks.Count;

    public double Max => _ticks.Count == 0 ? double.NaN : Milliseconds(_ticks.Max());

    /// <summary>"p50 0.412 ms | p90 ... | p99 ... | max ... | mean ..." in milliseconds.</summary>
    public string Summary() => string.Create(CultureInfo.InvariantCulture,
        $"n {Count,7:#,0} | p50 {Percentile(50),8:0.000} ms | p90 {Percentile(90),8:0.000} ms | p99 {Percentile(99),8:0.000} ms | " +
        $"max {Max,8:0.000} ms | mean {Mean,8:0.000} ms");

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
