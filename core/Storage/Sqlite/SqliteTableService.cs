using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// The embedded store: every table in one SQLite file, in WAL mode so readers never wait for the writer.
/// Each table mirrors Table Storage: rows keyed by (PartitionKey, RowKey) in ordinal order, properties kept
/// as the same typed OData JSON the REST backend sends.
/// </summary>
public sealed class SqliteTableService : ITableService
{
    public const string FileName = "recaps.db";

    private readonly ConcurrentDictionary<string, SqliteTable> _tables = new(StringComparer.OrdinalIgnoreCase);
    private static readonly object Configured = new();
    private readonly string _connectionString;
    private readonly ulong _etagPrefix = (ulong)Random.Shared.NextInt64(long.MinValue, long.MaxValue);
    private long _etagCounter;
    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = [];

    /// <summary>Opens (creating if needed) <c>recaps.db</c> in <paramref name="dataDirectory"/>.</summary>
    public SqliteTableService(string dataDirectory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        ArgumentNullException.ThrowIfNull(time);
        Time = time;
        var path = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        Location = path;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(StorageErrorKind.Unavailable, $"The data folder '{dataDirectory}' cannot be created: {ex.Message}", ex);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Checkpoints = new WalCheckpoints(Open);
        Connections = new SqliteConnections(Open);
        using var connection = Open();
        // WAL is a property of the file: set once, every later connection gets it.
        Execute(connection, "PRAGMA journal_mode=WAL;");
    }

    public string Location { get; }

    internal TimeProvider Time { get; }

    internal WalCheckpoints Checkpoints { get; }

    internal SqliteConnections Connections { get; }

    /// <summary>
    /// A new ETag: this instance's random prefix and a counter, unique across the processes sharing the file
    /// and much cheaper than a GUID per row.
    /// </summary>
    internal string NewETag() => string.Create(CultureInfo.InvariantCulture, $"W/\"{_etagPrefix:x16}{(ulong)Interlocked.Increment(ref _etagCounter):x16}\"");

    /// <summary>Held for every write transaction on this store, so this process's writers take turns without sleeping.</summary>
    internal Lock WriteLock { get; } = new();

    public ITable GetTable(string name)
    {
        TableKeys.ValidateTableName(name);
        return _tables.GetOrAdd(name, static (key, service) => new SqliteTable(service, key), this);
    }

    /// <summary>Every table's actions in one transaction: all of them are stored, or none.</summary>
    public Task WriteAsync(IReadOnlyList<TableWrite> writes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writes);
        cancellationToken.ThrowIfCancellationRequested();
        var tables = writes.GroupBy(w => w.Table, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Table: (SqliteTable)GetTable(g.Key), Actions: (IReadOnlyList<TableAction>)[.. g.Select(w => w.Action)]))
            .ToList();
        try
        {
            using var connection = Connections.Rent();
            try
            {
                var prepared = tables.Select(t => t.Table.Prepare(connection.Connection, t.Actions)).ToList();
                lock (WriteLock)
                {
                    using var transaction = connection.Connection.BeginTransaction();
                    for (var i = 0; i < tables.Count; i++)
                    {
                        tables[i].Table.ApplyAll(connection, transaction, tables[i].Actions, prepared[i]);
                    }
                    transaction.Commit();
                }
            }
            catch
            {
                connection.Fail();
                throw;
            }
            Checkpoints.Committed();
            return Task.CompletedTask;
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, Location);
        }
    }

    /// <summary>A pooled connection with the per-connection settings every operation relies on.</summary>
    internal SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            // Pooled connections keep their settings; only a new one needs them (this saves a statement per call).
            if (!_configured.TryGetValue(connection.Handle!, out _))
            {
                // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commits.
                Execute(connection, $"PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000; PRAGMA wal_autocheckpoint={WalCheckpoints.AutomaticPages};");
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw SqliteErrors.Translate(ex, Location);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
