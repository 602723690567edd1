using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// The statements one connection (and transaction) runs on one table, each prepared once and re-bound per row.
/// Preparing an INSERT costs about as much as running it, and an ingest writes dozens of rows per transaction.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection, SqliteTransaction? transaction, string table) : IDisposable
{
    private SqliteCommand? _read;
    private SqliteCommand? _add;
    private SqliteCommand? _upsert;
    private SqliteCommand? _remove;

    public SqliteCommand Read(string partitionKey, string rowKey) =>
        Keyed(ref _read, $"SELECT ETag, Timestamp, Properties FROM \"{table}\" WHERE PartitionKey = $pk AND RowKey = $rk", partitionKey, rowKey);

    public SqliteCommand Remove(string partitionKey, string rowKey) =>
        Keyed(ref _remove, $"DELETE FROM \"{table}\" WHERE PartitionKey = $pk AND RowKey = $rk", partitionKey, rowKey);

    /// <summary>An INSERT (failing on an existing row when <paramref name="add"/>, else replacing it) bound to the values.</summary>
    public SqliteCommand Write(bool add, string partitionKey, string rowKey, string etag, string timestamp, byte[] properties)
    {
        var command = add
            ? _add ??= Create($"INSERT INTO \"{table}\" (PartitionKey, RowKey, ETag, Timestamp, Properties) VALUES ($pk, $rk, $etag, $ts, $props)",
                "$pk", "$rk", "$etag", "$ts", "$props")
            : _upsert ??= Create($"INSERT INTO \"{table}\" (PartitionKey, RowKey, ETag, Timestamp, Properties) VALUES ($pk, $rk, $etag, $ts, $props) " +
                "ON CONFLICT (PartitionKey, RowKey) DO UPDATE SET ETag = excluded.ETag, Timestamp = excluded.Timestamp, Properties = excluded.Properties",
                "$pk", "$rk", "$etag", "$ts", "$props");
        command.Parameters[0].Value = partitionKey;
        command.Parameters[1].Value = rowKey;
        command.Parameters[2].Value = etag;
        command.Parameters[3].Value = timestamp;
        command.Parameters[4].Value = properties;
        return command;
    }

    public void Dispose()
    {
        _read?.Dispose();
        _add?.Dispose();
        _upsert?.Dispose();
        _remove?.Dispose();
    }

    private SqliteCommand Keyed(ref SqliteCommand? command, string sql, string partitionKey, string rowKey)
    {
        command ??= Create(sql, "$pk", "$rk");
        command.Parameters[0].Value = partitionKey;
        command.Parameters[1].Value = rowKey;
        return command;
    }

    private SqliteCommand Create(string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }
}
