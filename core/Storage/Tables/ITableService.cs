namespace Recaps.Core.Storage.Tables;

/// <summary>The tables of one storage account (or one embedded database).</summary>
public interface ITableService
{
    /// <summary>Where the tables live, for messages: a file path or an endpoint, never a secret.</summary>
    string Location { get; }

    /// <summary>A table by name: 3-63 letters and digits, starting with a letter.</summary>
    ITable GetTable(string name);

    /// <summary>
    /// Writes to several tables: each table's actions as <see cref="ITable.WriteAsync"/> writes them, the tables in
    /// the order they first appear. A backend may give more (the embedded store commits them all at once).
    /// </summary>
    async Task WriteAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        foreach (var table in writes.GroupBy(w => w.Table, StringComparer.OrdinalIgnoreCase))
        {
            await GetTable(table.Key).WriteAsync([.. table.Select(w => w.Action)], cancellationToken).ConfigureAwait(false);
        }
    }
}
