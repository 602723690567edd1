using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Recaps.Benchmarks;

/// <summary>
/// Counts and total time of table calls by table and operation, for the ingest profile. Each SQLite write
/// call is one transaction (one BEGIN IMMEDIATE ... COMMIT); each call, read or write, opens a pooled connection.
/// </summary>
internal sealed class TableCalls
{
    private readonly ConcurrentDictionary<(string Table, string Operation), Tally> _tallies = new();

    public async Task<T> TimeAsync<T>(string table, string operation, Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await call().ConfigureAwait(false);
        }
        finally
        {
            var tally = _tallies.GetOrAdd((table, operation), _ => new Tally());
            tally.Add(Stopwatch.GetTimestamp() - start);
        }
    }

    public async Task TimeAsync(string table, string operation, Func<Task> call) =>
        await TimeAsync(table, operation, async () =>
        {
            await call().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    /// <summary>A line per table and operation: calls per article, mean time per call, total time per article.</summary>
    public string Report(int articles, TimeSpan wall)
    {
        var text = new StringBuilder();
        text.AppendLine("  table               operation        calls/article   mean µs/call   µs/article");
        double totalPerArticle = 0;
        double callsPerArticle = 0;
        foreach (var ((table, operation), tally) in _tallies.OrderByDescending(t => t.Value.Ticks))
        {
            var perArticle = Microseconds(tally.Ticks) / articles;
            totalPerArticle += perArticle;
            callsPerArticle += (double)tally.Count / articles;
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {table,-19} {operation,-16} {(double)tally.Count / articles,13:0.00} {Microseconds(tally.Ticks) / tally.Count,14:0.0} {perArticle,12:0.0}"));
        }
        text.Append(string.Create(CultureInfo.InvariantCulture,
            $"  all table calls: {callsPerArticle:0.00} per article, {totalPerArticle:0.0} µs per article of {Microseconds(wall.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond) / articles:0.0} µs wall per article"));
        return text.ToString();
    }

    private static double Microseconds(long ticks) => ticks * 1e6 / Stopwatch.Frequency;

    private sealed class Tally
    {
        private long _count;
        private long _ticks;

        public long Count => Interlocked.Read(ref _count);
        public long Ticks => Interlocked.Read(ref _ticks);

        public void Add(long ticks)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _ticks, ticks);
        }
    }
}
