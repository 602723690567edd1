using Recaps.Core.Storage.Tables;

namespace Recaps.Benchmarks;

/// <summary>A table service whose tables record every call in <see cref="TableCalls"/>.</summary>
internal sealed class TimedTableService(ITableService inner, TableCalls calls) : ITableService
{
    public string Location => inner.Location;

    public ITable GetTable(string name) => new TimedTable(inner.GetTable(name), calls);

    // Passed through whole, so a backend that writes several tables at once is measured doing so.
    public Task WriteAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken = default) =>
        calls.TimeAsync("(several)", "Write", () => inner.WriteAsync(writes, cancellationToken));
}
