using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

/// <summary>
/// Wraps a table service and fails the Nth write call (any table) with a transient storage error, as a
/// storage outage or a process crash between two writes would. Counts writes either way.
/// </summary>
public sealed class FaultyTableService(ITableService inner) : ITableService
{
    private int _writes;

    /// <summary>The 1-based write call to fail; 0 fails none.</summary>
    public int FailAt { get; set; }

    /// <summary>Fail every write from <see cref="FailAt"/> on, as a crashed process writes nothing more.</summary>
    public bool FailAfter { get; set; }

    public int Writes => Volatile.Read(ref _writes);

    public string Location => inner.Location;

    public ITable GetTable(string name) => new FaultyTable(this, inner.GetTable(name));

    private Task<T> Write<T>(Func<Task<T>> write)
    {
        var number = Interlocked.Increment(ref _writes);
        if (FailAt > 0 && (number == FailAt || FailAfter && number > FailAt))
        {
            throw new StorageException(StorageErrorKind.Unavailable, $"Injected failure at write {number}.");
        }
        return write();
    }

    private sealed class FaultyTable(FaultyTableService service, ITable table) : ITable
    {
        public string Name => table.Name;

        public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => table.CreateIfNotExistsAsync(cancellationToken);

        public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
            table.GetAsync(partitionKey, rowKey, cancellationToken);

        public Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default) =>
            table.QueryPageAsync(query, continuationToken, cancellationToken);

        public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
            service.Write(() => table.UpsertAsync(entity, mode, cancellationToken));

        public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
            service.Write(() => table.AddAsync(entity, cancellationToken));

        public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
            service.Write(() => table.UpdateAsync(entity, ifMatch, mode, cancellationToken));

        public Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
            service.Write(() => table.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken));

        public Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
            service.Write(async () => { await table.SubmitBatchAsync(actions, cancellationToken); return true; });

        public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
            service.Write(async () => { await table.WriteAsync(actions, cancellationToken); return true; });
    }
}
