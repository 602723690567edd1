namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// A row of ArticleRows: which version wrote which row of which table, as one RowKey
/// ("version|table|partition|row"; versions, tables and store partition keys never contain '|').
/// </summary>
internal readonly record struct RowRef(string Version, string Table, string PartitionKey, string RowKey)
{
    public static string Format(string version, string table, string partitionKey, string rowKey) =>
        $"{version}|{table}|{partitionKey}|{rowKey}";

    public static RowRef Parse(string key)
    {
        var parts = key.Split('|', 4);
        return parts.Length == 4
            ? new RowRef(parts[0], parts[1], parts[2], parts[3])
            : throw new StorageException(StorageErrorKind.BadRequest, $"'{key}' is not an ArticleRows key.");
    }
}
