using Recaps.Core.Storage.Tables;

namespace Recaps.Benchmarks;

/// <summary>An <see cref="ITable"/> that times each call into <see cref="TableCalls"/> and passes it on unchanged.</summary>
internal sealed class TimedTable(ITable inner, TableCalls calls) : ITable
{
    public string Name => inner.Name;

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Create", () => inner.CreateIfNotExistsAsync(cancellationToken));

    public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Get", () => inner.GetAsync(partitionKey, rowKey, cancellationToken));

    public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Upsert", () => inner.UpsertAsync(entity, mode, cancellationToken));

    public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Add", () => inner.AddAsync(entity, cancellationToken));

    public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Update", () => inner.UpdateAsync(entity, ifMatch, mode, cancellationToken));

    public Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Delete", () => inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken));

    public Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "QueryPage", () => inner.QueryPageAsync(query, continuationToken, cancellationToken));

    public Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "SubmitBatch", () => inner.SubmitBatchAsync(actions, cancellationToken));

    public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default) =>
        calls.TimeAsync(Name, "Write", () => inner.WriteAsync(actions, cancellationToken));
}
