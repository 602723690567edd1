using System.Text;
using Microsoft.Data.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>Connections, transactions, ETags and continuation tokens.</summary>
internal sealed partial class SqliteTable
{
    private Task<T> Run<T>(Func<PooledConnection, T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using var connection = _service.Connections.Rent();
            try
            {
                EnsureCreated(connection.Connection);
                return Task.FromResult(work(connection));
            }
            catch
            {
                connection.Fail();
                throw;
            }
        }
        catch (SqliteException ex)
        {
            throw SqliteErrors.Translate(ex, _service.Location);
        }
    }

    private Task<T> InTransaction<T>(Func<SqliteStatements, T> work, CancellationToken cancellationToken) =>
        Run(connection =>
        {
            // Writers of this process queue here rather than in SQLite's busy handler, which sleeps between
            // retries (1 to 100 ms) and so idles the file while a writer waits. Other processes still meet busy_timeout.
            lock (_service.WriteLock)
            {
                // Microsoft.Data.Sqlite begins IMMEDIATE by default: the write lock is taken now, not on first write.
                using var transaction = connection.Connection.BeginTransaction();
                var statements = new SqliteStatements(connection, transaction, _sql);
                var result = work(statements);
                transaction.Commit();
                _service.Checkpoints.Committed();
                return result;
            }
        }, cancellationToken);

    private void EnsureCreated(SqliteConnection connection)
    {
        if (_created)
        {
            return;
        }
        using var command = connection.CreateCommand();
        // A rowid table, not WITHOUT ROWID: rows are ~0.6 KB of JSON, and a WITHOUT ROWID table keeps them in the
        // key's B-tree (about five to a page), so every insert at a random key split and rewrote big pages. Here
        // rows are appended and only the (PartitionKey, RowKey) index takes random inserts. Both layouts answer the
        // same SQL, so stores created before this keep working as they are.
        command.CommandText =
            $"CREATE TABLE IF NOT EXISTS \"{Name}\" (PartitionKey TEXT NOT NULL, RowKey TEXT NOT NULL, ETag TEXT NOT NULL, " +
            "Timestamp TEXT NOT NULL, Properties BLOB NOT NULL, PRIMARY KEY (PartitionKey, RowKey))";
        command.ExecuteNonQuery();
        _created = true;
    }

    private static void CheckETag(TableEntity stored, string ifMatch)
    {
        if (ifMatch != "*" && !string.Equals(stored.ETag, ifMatch, StringComparison.Ordinal))
        {
            throw new StorageException(StorageErrorKind.PreconditionFailed, $"Entity ({stored.PartitionKey}, {stored.RowKey}) changed since it was read.")
            {
                Status = 412,
                ErrorCode = "UpdateConditionNotSatisfied",
            };
        }
    }

    private StorageException NotFound(string partitionKey, string rowKey) =>
        new(StorageErrorKind.NotFound, $"No entity ({partitionKey}, {rowKey}) in {Name}.") { Status = 404, ErrorCode = "ResourceNotFound" };

    private string NewETag() => _service.NewETag();

    // Keys cannot hold control characters, so a newline separates them unambiguously.
    private static string EncodeToken(string partitionKey, string rowKey) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(partitionKey + "\n" + rowKey));

    private static (string, string) DecodeToken(string token)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(token));
            var split = text.IndexOf('\n', StringComparison.Ordinal);
            if (split >= 0)
            {
                return (text[..split], text[(split + 1)..]);
            }
        }
        catch (FormatException)
        {
        }
        throw new ArgumentException("Not a continuation token this table issued.", nameof(token));
    }
}
