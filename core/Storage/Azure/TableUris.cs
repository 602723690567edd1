namespace Recaps.Core.Storage.Azure;

/// <summary>Entity addresses: keys have their single quotes doubled (OData), then are percent-encoded.</summary>
internal static class TableUris
{
    public static string EntityPath(string table, string partitionKey, string rowKey) =>
        $"{table}(PartitionKey='{EscapeKey(partitionKey)}',RowKey='{EscapeKey(rowKey)}')";

    public static string EscapeKey(string key) => Uri.EscapeDataString(key.Replace("'", "''", StringComparison.Ordinal));
}
