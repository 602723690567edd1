using System.Collections.Concurrent;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Questions;

/// <summary>Wraps a table service and records the keys and key bounds of every read, as they reach the backend.</summary>
internal sealed class RecordingTableService(ITableService inner) : ITableService
{
    private readonly ConcurrentQueue<(string Table, TableQuery Query)> _reads = new();

    public string Location => inner.Location;

    /// <summary>Every read so far: queries as they are, point reads as a query of their partition and row.</summary>
    public IReadOnlyList<(string Table, TableQuery Query)> Reads => [.. _reads];

    public void Clear() => _reads.Clear();

    public ITable GetTable(string name) => new RecordingTable(this, inner.GetTable(name));

    // Writes go through as the backend does them (the embedded store commits them in one transaction).
    public Task WriteAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken = default) => inner.WriteAsync(writes, cancellationToken);

    private sealed class RecordingTable(RecordingTableService service, ITable table) : ITable
    {
        public string Name => table.Name;

        public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => table.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
        {
            service._reads.Enqueue((Name, new TableQuery { PartitionKey = partitionKey, RowKeyFrom = rowKey, RowKeyBefore = rowKey }));
            return table.GetAsync(partitionKey, rowKey, cancellationToken);
        }

        public Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            service._reads.Enqueue((Name, query));
            return table.QueryPageAsync(query, continuationToken, cancellationToken);
        }

        public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
            table.UpsertAsync(entity, mode, cancellationToken);

        public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) => table.AddAsync(entity, cancellationToken);

        public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
            table.UpdateAsync(entity, ifMatch, mode, cancellationToken);

        public Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
            table.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

        public Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
            table.SubmitBatchAsync(actions, cancellationToken);

        public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) => table.WriteAsync(actions, cancellationToken);
    }
}
