using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// Open connections kept with the commands they prepared. Microsoft.Data.Sqlite pools the native handle but disposes
/// a connection's commands when it is closed, so every call re-parsed its SQL (about a tenth of a bot turn's CPU).
/// Here a connection stays open between calls and its commands, keyed by SQL text, keep their prepared statements.
/// </summary>
internal sealed class SqliteConnections(Func<SqliteConnection> open)
{
    // Work on a connection is synchronous, so about one connection per busy thread is ever idle at once; more
    // than this go back to the driver's pool rather than pile up.
    private static readonly int MaxIdle = Math.Max(4, Environment.ProcessorCount * 4);

    private readonly ConcurrentStack<PooledConnection> _idle = new();

    /// <summary>An idle connection, or a new one. Dispose it to give it back.</summary>
    public PooledConnection Rent() => _idle.TryPop(out var pooled) ? pooled : new PooledConnection(open(), this);

    internal void Return(PooledConnection pooled)
    {
        if (_idle.Count < MaxIdle)
        {
            _idle.Push(pooled);
            return;
        }
        pooled.Close();
    }
}
