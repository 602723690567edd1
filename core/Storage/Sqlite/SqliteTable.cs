using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// One table of the embedded store. SQLite is in-process, so the work runs synchronously and the tasks come
/// back completed; writes take the file's write lock up front (BEGIN IMMEDIATE) so concurrent writers queue
/// instead of failing on lock upgrades.
/// </summary>
internal sealed partial class SqliteTable : ITable
{
    private const int PageSize = 1000;
    private const int SqliteConstraint = 19;

    private readonly SqliteTableService _service;
    private readonly SqliteTableSql _sql;
    private readonly SqliteRowCache _rows = new();
    private volatile bool _created;

    public SqliteTable(SqliteTableService service, string name)
    {
        _service = service;
        Name = name;
        _sql = new SqliteTableSql(name);
    }

    public string Name { get; }

    public Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default) =>
        Run(connection => true, cancellationToken);

    public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        return Run(connection =>
        {
            return Read(new SqliteStatements(connection, null, _sql), partitionKey, rowKey);
        }, cancellationToken);
    }

    public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var kind = mode == TableUpdateMode.Merge ? TableActionKind.UpsertMerge : TableActionKind.UpsertReplace;
        var action = new TableAction(kind, entity);
        var properties = SerializeAhead(action);
        return InTransaction(statements => Apply(statements, action, null, properties), cancellationToken);
    }

    public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var action = TableAction.Add(entity);
        var properties = SerializeAhead(action);
        return InTransaction(statements => Apply(statements, action, null, properties), cancellationToken);
    }

    public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode = TableUpdateMode.Replace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var kind = mode == TableUpdateMode.Merge ? TableActionKind.UpsertMerge : TableActionKind.UpsertReplace;
        var action = new TableAction(kind, entity);
        var properties = SerializeAhead(action);
        return InTransaction(statements => Apply(statements, action, ifMatch, properties), cancellationToken);
    }

    public Task<bool> DeleteAsync(string partitionKey, string rowKey, string ifMatch = "*", CancellationToken cancellationToken = default)
    {
        TableKeys.Validate(partitionKey, nameof(partitionKey));
        TableKeys.Validate(rowKey, nameof(rowKey));
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return InTransaction(statements =>
        {
            var stored = Read(statements, partitionKey, rowKey);
            if (stored is null)
            {
                return false;
            }
            CheckETag(stored, ifMatch);
            statements.Remove(partitionKey, rowKey).ExecuteNonQuery();
            return true;
        }, cancellationToken);
    }

    public Task SubmitBatchAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default)
    {
        TableBatches.Validate(actions);
        var properties = SerializeAhead(actions);
        return InTransaction(statements => ApplyAll(statements, actions, properties), cancellationToken);
    }

    public Task WriteAsync(IReadOnlyList<TableAction> actions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var batch in TableBatches.Split(actions))
        {
            TableBatches.Validate(batch);
        }
        var properties = SerializeAhead(actions);
        // One transaction for everything: stronger than the per-batch atomicity the contract promises.
        return InTransaction(statements => ApplyAll(statements, actions, properties), cancellationToken);
    }

    /// <summary>
    /// Checks the actions, serializes what can be, and creates the table: the work that need not hold the write
    /// lock. Returns what <see cref="ApplyAll(PooledConnection, SqliteTransaction, IReadOnlyList{TableAction}, byte[][])"/> needs.
    /// </summary>
    internal byte[]?[] Prepare(SqliteConnection connection, IReadOnlyList<TableAction> actions)
    {
        foreach (var batch in TableBatches.Split(actions))
        {
            TableBatches.Validate(batch);
        }
        var properties = SerializeAhead(actions);
        EnsureCreated(connection);
        return properties;
    }

    /// <summary>The actions, in a transaction the caller owns.</summary>
    internal void ApplyAll(PooledConnection connection, SqliteTransaction transaction, IReadOnlyList<TableAction> actions, byte[]?[] properties) =>
        ApplyAll(new SqliteStatements(connection, transaction, _sql), actions, properties);

    // A replacing write stores the entity as given, so its JSON can be made before the write lock is taken.
    private static byte[]? SerializeAhead(TableAction action)
    {
        if (action.Kind is not (TableActionKind.UpsertReplace or TableActionKind.Add))
        {
            return null;
        }
        var properties = EntityJson.SerializeProperties(action.Entity);
        EntityLimits.Check(action.Entity, properties.Length);
        return properties;
    }

    private static byte[]?[] SerializeAhead(IReadOnlyList<TableAction> actions)
    {
        var properties = new byte[]?[actions.Count];
        for (var i = 0; i < actions.Count; i++)
        {
            try
            {
                properties[i] = SerializeAhead(actions[i]);
            }
            catch (StorageException ex) when (ex.Kind == StorageErrorKind.BadRequest)
            {
                throw BatchFailed(i, ex);
            }
        }
        return properties;
    }

    private bool ApplyAll(SqliteStatements statements, IReadOnlyList<TableAction> actions, byte[]?[] properties)
    {
        for (var i = 0; i < actions.Count; i++)
        {
            try
            {
                Apply(statements, actions[i], null, properties[i]);
            }
            catch (StorageException ex) when (ex.Kind is StorageErrorKind.Conflict or StorageErrorKind.NotFound or StorageErrorKind.BadRequest)
            {
                throw BatchFailed(i, ex);
            }
        }
        return true;
    }

    private static StorageException BatchFailed(int index, StorageException ex) =>
        new(StorageErrorKind.BatchFailed, $"Batch action {index} failed, so none was applied: {ex.Message}", ex)
        {
            FailedActionIndex = index,
            ErrorCode = ex.ErrorCode,
        };

    public Task<TablePage> QueryPageAsync(TableQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        (string Partition, string Row)? after = continuationToken is null ? null : DecodeToken(continuationToken);
        var limit = Math.Min(query.Take ?? PageSize, PageSize);
        if (limit <= 0)
        {
            return Task.FromResult(new TablePage([], null));
        }
        return Run(connection => Query(connection, query, after, limit), cancellationToken);
    }

    private TablePage Query(PooledConnection connection, TableQuery query, (string Partition, string Row)? after, int limit)
    {
        // The text depends only on which bounds are given, so a connection prepares each of its few shapes once.
        var sql = new StringBuilder($"SELECT PartitionKey, RowKey, ETag, Timestamp, Properties FROM \"{Name}\" WHERE 1=1");
        var names = new List<string>(6);
        if (query.PartitionKey is not null)
        {
            sql.Append(" AND PartitionKey = $pk");
            names.Add("$pk");
        }
        if (query.RowKeyFrom is not null)
        {
            sql.Append(" AND RowKey >= $from");
            names.Add("$from");
        }
        if (query.RowKeyBefore is not null)
        {
            sql.Append(" AND RowKey < $before");
            names.Add("$before");
        }
        if (after is not null)
        {
            sql.Append(" AND (PartitionKey, RowKey) > ($cpk, $crk)");
            names.Add("$cpk");
            names.Add("$crk");
        }
        sql.Append(" ORDER BY PartitionKey, RowKey LIMIT $limit");
        names.Add("$limit");
        var command = connection.Command(sql.ToString(), null, parameters =>
        {
            foreach (var name in names)
            {
                parameters.Add(new SqliteParameter { ParameterName = name });
            }
        });
        var parameters = command.Parameters;
        var index = 0;
        if (query.PartitionKey is not null)
        {
            parameters[index++].Value = query.PartitionKey;
        }
        if (query.RowKeyFrom is not null)
        {
            parameters[index++].Value = query.RowKeyFrom;
        }
        if (query.RowKeyBefore is not null)
        {
            parameters[index++].Value = query.RowKeyBefore;
        }
        if (after is var (partition, row))
        {
            parameters[index++].Value = partition;
            parameters[index++].Value = row;
        }
        parameters[index].Value = limit + 1;

        var rows = new List<TableEntity>(Math.Min(limit, 64));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (rows.Count == limit)
            {
                var last = rows[^1];
                return new TablePage(rows, EncodeToken(last.PartitionKey, last.RowKey));
            }
            rows.Add(Decode(reader, reader.GetString(0), reader.GetString(1), 2));
        }
        return new TablePage(rows, null);
    }

    private string Apply(SqliteStatements statements, TableAction action, string? ifMatch, byte[]? serialized)
    {
        var entity = action.Entity;
        if (action.Kind == TableActionKind.Delete)
        {
            if (statements.Remove(entity.PartitionKey, entity.RowKey).ExecuteNonQuery() == 0)
            {
                throw NotFound(entity.PartitionKey, entity.RowKey);
            }
            return string.Empty;
        }

        var stored = action.Kind == TableActionKind.UpsertMerge || ifMatch is not null
            ? Read(statements, entity.PartitionKey, entity.RowKey)
            : null;
        if (ifMatch is not null)
        {
            if (stored is null)
            {
                throw NotFound(entity.PartitionKey, entity.RowKey);
            }
            CheckETag(stored, ifMatch);
        }
        var properties = serialized;
        if (properties is null)
        {
            var written = action.Kind == TableActionKind.UpsertMerge && stored is not null ? MergeInto(stored, entity) : entity;
            properties = EntityJson.SerializeProperties(written);
            EntityLimits.Check(written, properties.Length);
        }

        var etag = NewETag();
        var timestamp = _service.Time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        var command = statements.Write(action.Kind == TableActionKind.Add, entity.PartitionKey, entity.RowKey, etag, timestamp, properties);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraint)
        {
            throw new StorageException(StorageErrorKind.Conflict, $"An entity ({entity.PartitionKey}, {entity.RowKey}) already exists in {Name}.", ex)
            {
                Status = 409,
                ErrorCode = "EntityAlreadyExists",
            };
        }
        return etag;
    }

    private static TableEntity MergeInto(TableEntity stored, TableEntity update)
    {
        var merged = new TableEntity(stored.PartitionKey, stored.RowKey);
        foreach (var (name, value) in stored.Properties)
        {
            merged[name] = value;
        }
        foreach (var (name, value) in update.Properties)
        {
            merged[name] = value;
        }
        return merged;
    }

    private TableEntity? Read(SqliteStatements statements, string partitionKey, string rowKey)
    {
        using var reader = statements.Read(partitionKey, rowKey).ExecuteReader();
        return reader.Read() ? Decode(reader, partitionKey, rowKey, 0) : null;
    }

    // The row's ETag, timestamp and properties start at column etag. Only a row not decoded before is parsed,
    // and only then is its properties blob copied out of SQLite.
    private TableEntity Decode(SqliteDataReader reader, string partitionKey, string rowKey, int etag)
    {
        var tag = reader.GetString(etag);
        if (_rows.TryGet(partitionKey, rowKey, tag) is { } cached)
        {
            return cached;
        }
        var entity = ToEntity(partitionKey, rowKey, tag, reader.GetString(etag + 1), (byte[])reader.GetValue(etag + 2));
        _rows.Add(entity);
        return entity;
    }

    private static TableEntity ToEntity(string partitionKey, string rowKey, string etag, string timestamp, byte[] properties)
    {
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ETag = etag,
            Timestamp = DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        };
        using var json = JsonDocument.Parse(properties);
        EntityJson.ReadProperties(json.RootElement, entity);
        return entity;
    }
}
