using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

public sealed partial class SessionStore
{
    /// <summary>
    /// Writes the article row only if it is still as read: <paramref name="ifMatch"/> is the ETag it was read
    /// with, or null when there was no row. Returns the new ETag; Conflict or PreconditionFailed when someone
    /// else wrote it first.
    /// </summary>
    internal async Task<string> WriteArticleAsync(ArticleRecord article, string? ifMatch, CancellationToken cancellationToken)
    {
        var row = ArticleEntity.Create(article);
        try
        {
            return ifMatch is null
                ? await Articles.AddAsync(row, cancellationToken).ConfigureAwait(false)
                : await Articles.UpdateAsync(row, ifMatch, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Whether it was written or someone else's write won, what this process cached may be stale.
            _versions.Forget(article.Id);
        }
    }

    /// <summary>
    /// Lists the version's rows in ArticleRows, then writes them (invisible until the article points at the
    /// version). Returns whether rows of other versions are listed, i.e. need removing once it does.
    /// </summary>
    internal async Task<bool> WriteVersionAsync(string articleId, string version, SessionRows rows, CancellationToken cancellationToken)
    {
        var listed = await ArticleRows.QueryListAsync(TableQuery.Partition(articleId), cancellationToken).ConfigureAwait(false);
        // The list goes first: whatever of the version gets written is listed, so a replacement can find it.
        var list = RowList.Create(articleId, version, rows.All.Select(r => new RowRef(r.Table, r.Row.PartitionKey, r.Row.RowKey)));
        var writes = list.Select(entity => new TableWrite(StoreTables.ArticleRows, TableAction.Upsert(entity)))
            .Concat(rows.All.Select(r => new TableWrite(r.Table, TableAction.Upsert(r.Row))))
            .ToList();
        await Tables.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        return listed.Any(entity => RowList.VersionOf(entity) != version);
    }

    /// <summary>Deletes every row of versions other than the article's visible one, then clears the cleanup flag.</summary>
    internal async Task RemoveOtherVersionsAsync(ArticleRecord article, CancellationToken cancellationToken)
    {
        var listed = await ArticleRows.QueryListAsync(TableQuery.Partition(article.Id), cancellationToken).ConfigureAwait(false);
        var stale = listed.Where(entity => RowList.VersionOf(entity) != article.Version).ToList();
        // The data rows go before the lists naming them, so an interrupted cleanup can be finished from the lists.
        foreach (var table in stale.SelectMany(RowList.Read).Distinct().GroupBy(r => r.Table, StringComparer.Ordinal))
        {
            await DeleteAllAsync(Tables.GetTable(table.Key), [.. table.Select(r => (r.PartitionKey, r.RowKey))], cancellationToken).ConfigureAwait(false);
        }
        await DeleteAllAsync(ArticleRows, [.. stale.Select(entity => (article.Id, entity.RowKey))], cancellationToken).ConfigureAwait(false);
        if (article.CleanupPending)
        {
            await Articles.UpsertAsync(new TableEntity(article.Id, ArticleEntity.RowKey) { ["CleanupPending"] = false }, TableUpdateMode.Merge, cancellationToken)
                .ConfigureAwait(false);
        }
    }

    // Batched deletes; a batch that fails because an earlier, interrupted cleanup already removed some rows is
    // redone row by row, where a missing row is not an error.
    private static async Task DeleteAllAsync(ITable table, IReadOnlyList<(string PartitionKey, string RowKey)> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        try
        {
            await table.WriteAsync([.. rows.Select(r => TableAction.Delete(r.PartitionKey, r.RowKey))], cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Kind == StorageErrorKind.BatchFailed)
        {
            foreach (var (partitionKey, rowKey) in rows)
            {
                await table.DeleteAsync(partitionKey, rowKey, "*", cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
