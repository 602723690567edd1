namespace Recaps.Core.Storage.Sqlite;

/// <summary>One table's SQL, built once: the text is also the key its prepared commands are cached under.</summary>
internal sealed class SqliteTableSql(string table)
{
    public string Read { get; } = $"SELECT ETag, Timestamp, Properties FROM \"{table}\" WHERE PartitionKey = $pk AND RowKey = $rk";

    public string Remove { get; } = $"DELETE FROM \"{table}\" WHERE PartitionKey = $pk AND RowKey = $rk";

    public string Add { get; } = $"INSERT INTO \"{table}\" (PartitionKey, RowKey, ETag, Timestamp, Properties) VALUES ($pk, $rk, $etag, $ts, $props)";

    public string Upsert { get; } = $"INSERT INTO \"{table}\" (PartitionKey, RowKey, ETag, Timestamp, Properties) VALUES ($pk, $rk, $etag, $ts, $props) " +
        "ON CONFLICT (PartitionKey, RowKey) DO UPDATE SET ETag = excluded.ETag, Timestamp = excluded.Timestamp, Properties = excluded.Properties";
}
