using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Recaps.Benchmarks;

/// <summary>
/// Work per second from a benchmark's mean time: units of work one invocation does (articles, MB),
/// keyed by benchmark method name, divided by the mean in seconds. A benchmark class may show several
/// (articles/s and moves/s), so each has its own name.
/// </summary>
public sealed class ThroughputColumn(
    IReadOnlyDictionary<string, (double Units, string Unit)> workPerInvocation,
    string columnName = "Throughput",
    string legend = "Work per second: corpus articles parsed (articles/s) or 10^6 bytes of UTF-8 text parsed (MB/s)") : IColumn
{
    public string Id => nameof(ThroughputColumn) + "." + columnName;
    public string ColumnName => columnName;
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => false;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => legend;

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (meanNanoseconds is not > 0 || !workPerInvocation.TryGetValue(benchmarkCase.Descriptor.WorkloadMethod.Name, out var work))
        {
            return "-";
        }
        var perSecond = work.Units / (meanNanoseconds.Value / 1e9);
        return string.Create(CultureInfo.InvariantCulture, $"{perSecond:#,0.0} {work.Unit}");
    }
}
