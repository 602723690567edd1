using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// The statements one connection (and transaction) runs on one table. The connection keeps each prepared and
/// re-binds it per row: preparing an INSERT costs about as much as running it, and a bot turn or an ingest runs
/// the same few statements over and over.
/// </summary>
internal sealed class SqliteStatements(PooledConnection connection, SqliteTransaction? transaction, SqliteTableSql sql)
{
    private static readonly Action<SqliteParameterCollection> KeyParameters = parameters =>
    {
        parameters.Add(new SqliteParameter { ParameterName = "$pk" });
        parameters.Add(new SqliteParameter { ParameterName = "$rk" });
    };

    private static readonly Action<SqliteParameterCollection> RowParameters = parameters =>
    {
        KeyParameters(parameters);
        parameters.Add(new SqliteParameter { ParameterName = "$etag" });
        parameters.Add(new SqliteParameter { ParameterName = "$ts" });
        parameters.Add(new SqliteParameter { ParameterName = "$props" });
    };

    public SqliteCommand Read(string partitionKey, string rowKey) => Keyed(sql.Read, partitionKey, rowKey);

    public SqliteCommand Remove(string partitionKey, string rowKey) => Keyed(sql.Remove, partitionKey, rowKey);

    /// <summary>An INSERT (failing on an existing row when <paramref name="add"/>, else replacing it) bound to the values.</summary>
    public SqliteCommand Write(bool add, string partitionKey, string rowKey, string etag, string timestamp, byte[] properties)
    {
        var command = connection.Command(add ? sql.Add : sql.Upsert, transaction, RowParameters);
        command.Parameters[0].Value = partitionKey;
        command.Parameters[1].Value = rowKey;
        command.Parameters[2].Value = etag;
        command.Parameters[3].Value = timestamp;
        command.Parameters[4].Value = properties;
        return command;
    }

    private SqliteCommand Keyed(string text, string partitionKey, string rowKey)
    {
        var command = connection.Command(text, transaction, KeyParameters);
        command.Parameters[0].Value = partitionKey;
        command.Parameters[1].Value = rowKey;
        return command;
    }
}
