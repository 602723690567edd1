using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Tests.Conversations;

/// <summary>Tables whose every call fails, as an unreachable storage account does; counts the calls.</summary>
internal sealed class FailingTableService(Exception? failure = null) : ITableService
{
    /// <summary>Text that must never reach a user.</summary>
    public const string Secret = "AccountKey=c2VjcmV0 at Recaps.Core.Storage line 42";

    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public string Location => "nowhere";

    public ITable GetTable(string name) => new FailingTable(name, this);

    private Exception Fail()
    {
        Interlocked.Increment(ref _calls);
        return failure ?? new StorageException(StorageErrorKind.Unavailable, Secret);
    }

    private sealed class FailingTable(string name, FailingTableService service) : ITable
    {
        public string Name => name;

        public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) => Task.FromException(service.Fail());

        public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) => Task.FromException<TableEntity?>(service.Fail());

        public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) => Task.FromException<string>(service.Fail());

        public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) => Task.FromException<string>(service.Fail());

        public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) => Task.FromException<string>(service.Fail());

        public Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) => Task.FromException<bool>(service.Fail());

        public Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default) => Task.FromException<TablePage>(service.Fail());

        public Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) => Task.FromException(service.Fail());

        public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) => Task.FromException(service.Fail());
    }
}
