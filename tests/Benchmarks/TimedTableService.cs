using Recaps.Core.Storage.Tables;

namespace Recaps.Benchmarks;

/// <summary>A table service whose tables record every call in <see cref="TableCalls"/>.</summary>
internal sealed class TimedTableService(ITableService inner, TableCalls calls) : ITableService
{
    public string Location => inner.Location;

    public ITable GetTable(string name) => new TimedTable(inner.GetTable(name), calls);
}
