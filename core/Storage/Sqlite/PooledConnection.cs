using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// A connection rented from <see cref="SqliteConnections"/>, with its commands prepared once and re-bound per call.
/// One caller uses it at a time. Disposing returns it; after a failure it is closed instead, so no half-read
/// statement or odd state reaches the next caller.
/// </summary>
internal sealed class PooledConnection(SqliteConnection connection, SqliteConnections owner) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private bool _failed;

    public SqliteConnection Connection { get; } = connection;

    /// <summary>
    /// The command for <paramref name="sql"/>, in <paramref name="transaction"/> (which the driver insists on
    /// when one is open). <paramref name="create"/> adds its parameters the first time; callers set their values.
    /// </summary>
    public SqliteCommand Command(string sql, SqliteTransaction? transaction, Action<SqliteParameterCollection>? create = null)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            create?.Invoke(command.Parameters);
            _commands.Add(sql, command);
        }
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Marks the connection as not to be reused (an exception left its state unknown).</summary>
    public void Fail() => _failed = true;

    public void Dispose()
    {
        if (_failed)
        {
            Close();
            return;
        }
        owner.Return(this);
    }

    internal void Close() => Connection.Dispose();
}
