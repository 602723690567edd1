using System.Runtime.CompilerServices;

namespace Recaps.Core.Storage.Tables;

/// <summary>Conveniences every backend gets from the <see cref="ITable"/> primitives.</summary>
public static class TableExtensions
{
    /// <summary>Every row of the query, following continuations, stopping at <see cref="TableQuery.Take"/>.</summary>
    public static async IAsyncEnumerable<TableEntity> QueryAsync(
        this ITable table, TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(query);
        var left = query.Take ?? int.MaxValue;
        string? continuation = null;
        do
        {
            var pageQuery = query.Take is null ? query : query with { Take = left };
            var page = await table.QueryPageAsync(pageQuery, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var entity in page.Entities)
            {
                yield return entity;
                if (--left == 0)
                {
                    yield break;
                }
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }

    /// <summary>Every row of the query in a list.</summary>
    public static async Task<List<TableEntity>> QueryListAsync(this ITable table, TableQuery query, CancellationToken cancellationToken = default)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// Deletes every row of the table that <paramref name="expired"/> picks; returns how many it deleted (a row another
    /// caller deleted first is not counted). Reads the whole table: for housekeeping timers, not for hot paths.
    /// </summary>
    public static async Task<int> DeleteWhereAsync(this ITable table, Func<TableEntity, bool> expired, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(expired);
        var deleted = 0;
        foreach (var row in await table.QueryListAsync(new TableQuery(), cancellationToken).ConfigureAwait(false))
        {
            if (expired(row) && await table.DeleteAsync(row.PartitionKey, row.RowKey, "*", cancellationToken).ConfigureAwait(false))
            {
                deleted++;
            }
        }
        return deleted;
    }
}
