using System.Collections.Concurrent;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sqlite;

/// <summary>
/// Decoded rows of one table, keyed by their keys and checked against the row's ETag. Every write gives a row a new
/// ETag unique across processes (<see cref="SqliteTableService.NewETag"/>), so an entry whose ETag matches holds
/// exactly what the stored JSON would decode to, and decoding (about a tenth of a bot turn's CPU) is skipped. Callers
/// get copies: the entities are mutable and shared copies would leak one caller's changes to the next.
/// </summary>
internal sealed class SqliteRowCache
{
    // Bot turns re-read the same few hundred session rows; a full cache is simply emptied rather than tracked.
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string PartitionKey, string RowKey), TableEntity> _rows = new();

    // Approximate, and kept here because ConcurrentDictionary.Count takes every lock of the dictionary.
    private int _count;

    public TableEntity? TryGet(string partitionKey, string rowKey, string etag) =>
        _rows.TryGetValue((partitionKey, rowKey), out var cached) && string.Equals(cached.ETag, etag, StringComparison.Ordinal)
            ? cached.Copy()
            : null;

    public void Add(TableEntity entity)
    {
        var key = (entity.PartitionKey, entity.RowKey);
        if (!_rows.ContainsKey(key) && Interlocked.Increment(ref _count) > Capacity)
        {
            _rows.Clear();
            Interlocked.Exchange(ref _count, 0);
        }
        _rows[key] = entity.Copy();
    }
}
