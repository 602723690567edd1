using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Recaps.Benchmarks;

/// <summary>Median and upper percentiles next to the mean: how much slower the slow iterations are.</summary>
public sealed class StoreReadConfig : ManualConfig
{
    public StoreReadConfig() => AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
}
