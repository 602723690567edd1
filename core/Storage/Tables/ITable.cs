namespace Recaps.Core.Storage.Tables;

/// <summary>
/// One table, in the style of Azure.Data.Tables' TableClient, cut down to the operations the store uses.
/// The table is created on first use. Every backend honours the same contract
/// (tests/Recaps.Core.Tests/Storage/TableContractTests.cs); failures are <see cref="StorageException"/>.
/// </summary>
public interface ITable
{
    string Name { get; }

    Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default);

    /// <summary>The entity, or null when there is none.</summary>
    Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces/merges, whatever is stored; returns the new ETag.</summary>
    Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default);

    /// <summary>Inserts; <see cref="StorageErrorKind.Conflict"/> when the keys are taken. Returns the new ETag.</summary>
    Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces or merges the stored entity only if its ETag is still <paramref name="ifMatch"/> ("*" for any):
    /// <see cref="StorageErrorKind.PreconditionFailed"/> when it changed, <see cref="StorageErrorKind.NotFound"/>
    /// when it is gone. Returns the new ETag.
    /// </summary>
    Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entity; false when there was none. <see cref="StorageErrorKind.PreconditionFailed"/> on an ETag mismatch.</summary>
    Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default);

    /// <summary>One page (at most 1,000 rows) of a query, from where <paramref name="continuationToken"/> left off.</summary>
    Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// An entity group transaction: up to 100 actions on distinct rows of one partition, all applied or none
    /// (<see cref="StorageErrorKind.BatchFailed"/> names the failing action).
    /// </summary>
    Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Many writes, possibly across partitions: each partition's actions go in batches of up to 100, atomic per
    /// batch only. A backend may give more (the embedded store commits them all in one transaction).
    /// </summary>
    Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default);
}
