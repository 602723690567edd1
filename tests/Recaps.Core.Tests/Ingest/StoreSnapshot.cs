using System.Globalization;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Ingest;

/// <summary>Every row of every store table as text (keys and properties; not ETags or write times), for exact comparisons.</summary>
internal static class StoreSnapshot
{
    public static async Task<List<string>> TakeAsync(ITableService tables, bool withETags = false)
    {
        var rows = new List<string>();
        foreach (var name in StoreTables.All)
        {
            foreach (var row in await tables.GetTable(name).QueryListAsync(new TableQuery()))
            {
                // When a row was written says nothing about what the store holds.
                var properties = string.Join(", ", row.Properties.Where(p => p.Key != "IngestedAt").OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => p.Key + "=" + Convert.ToString(p.Value is DateTimeOffset time ? time.ToString("O") : p.Value, CultureInfo.InvariantCulture)));
                rows.Add($"{name} | {row.PartitionKey} | {row.RowKey} | {properties}{(withETags ? " | " + row.ETag : "")}");
            }
        }
        return rows;
    }

    public static async Task<int> CountAsync(ITableService tables, string table) =>
        (await tables.GetTable(table).QueryListAsync(new TableQuery())).Count;
}
