using System.Text.Json;
using Recaps.Core.Model;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// The learned instrument catalogue: resolves the names a recap uses to stable instrument keys, and records
/// every new name, venue and market. Additive only, so a replaced article never unlearns a name. Concurrent
/// ingests on several instances merge through ETags.
/// </summary>
internal sealed class InstrumentCatalog : IDisposable
{
    private const int MaxNames = 200;
    private const int MaxWriteAttempts = 8;

    private readonly ITable _table;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Dictionary<string, InstrumentEntry> _byKey = new(StringComparer.Ordinal);
    private Dictionary<(InstrumentKind, string), string> _byName = [];
    private bool _loaded;

    public InstrumentCatalog(ITable table) => _table = table;

    public void Dispose() => _gate.Dispose();

    public async Task<IReadOnlyList<InstrumentEntry>> GetAllAsync(CancellationToken cancellationToken)
    {
        var entries = new List<InstrumentEntry>();
        await foreach (var row in _table.QueryAsync(new TableQuery(), cancellationToken).ConfigureAwait(false))
        {
            entries.Add(Read(row));
        }
        return entries;
    }

    /// <summary>Keys for the moves of one session, learning their names; returns the key of each move in order.</summary>
    public async Task<IReadOnlyList<string>> ResolveAndLearnAsync(MarketSession session, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_loaded)
            {
                Index(await GetAllAsync(cancellationToken).ConfigureAwait(false));
                _loaded = true;
            }
            var keys = new List<string>(session.Moves.Count);
            var learned = new Dictionary<string, InstrumentEntry>(StringComparer.Ordinal);
            foreach (var move in session.Moves)
            {
                var key = Resolve(move);
                keys.Add(key);
                var current = learned.GetValueOrDefault(key) ?? _byKey.GetValueOrDefault(key);
                var next = Learn(current, key, move, session);
                if (!SameContent(next, current))
                {
                    learned[key] = next;
                    Remember(next);
                }
            }
            foreach (var entry in learned.Values)
            {
                Remember(await SaveAsync(entry, cancellationToken).ConfigureAwait(false));
            }
            return keys;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string Resolve(Move move)
    {
        if (InstrumentNames.CatalogKey(move.Kind, move.Name) is { } catalogKey)
        {
            return catalogKey;
        }
        foreach (var name in move.Aliases.Prepend(move.Name))
        {
            if (_byName.TryGetValue((move.Kind, InstrumentNames.Normalize(name)), out var known))
            {
                return known;
            }
        }
        var key = InstrumentNames.NewKey(move.Name);
        // The same words can name a stock and a sector ("Energy"); each kind keeps its own history.
        return _byKey.TryGetValue(key, out var other) && other.Kind != move.Kind ? key + "-" + move.Kind.ToString().ToLowerInvariant() : key;
    }

    private static InstrumentEntry Learn(InstrumentEntry? entry, string key, Move move, MarketSession session)
    {
        var names = Union(entry?.Names, move.Aliases.Prepend(move.Name));
        var name = entry is null || move.Name.Length > entry.Name.Length ? move.Name : entry.Name;
        return new InstrumentEntry
        {
            Key = key,
            Kind = move.Kind,
            Name = name,
            Names = names.Count > MaxNames ? names.Take(MaxNames).ToList() : names,
            Venues = move.Venue is null ? entry?.Venues ?? [] : Union(entry?.Venues, [move.Venue]),
            Markets = Union(entry?.Markets, [session.Market]),
        };
    }

    // Writes one entry, merging with whatever another writer stored meanwhile.
    private async Task<InstrumentEntry> SaveAsync(InstrumentEntry entry, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await _table.GetAsync(entry.Kind.ToString(), entry.Key, cancellationToken).ConfigureAwait(false);
            var merged = stored is null ? entry : Merge(Read(stored), entry);
            try
            {
                if (stored is null)
                {
                    await _table.AddAsync(Write(merged), cancellationToken).ConfigureAwait(false);
                }
                else if (!SameContent(merged, Read(stored)))
                {
                    await _table.UpdateAsync(Write(merged), stored.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                }
                return merged;
            }
            catch (StorageException ex) when (ex.Kind is StorageErrorKind.Conflict or StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound && attempt < MaxWriteAttempts)
            {
                // Someone else wrote it first: read again and merge.
            }
        }
    }

    private static InstrumentEntry Merge(InstrumentEntry stored, InstrumentEntry update) => stored with
    {
        Name = update.Name.Length > stored.Name.Length ? update.Name : stored.Name,
        Names = Union(stored.Names, update.Names).Take(MaxNames).ToList(),
        Venues = Union(stored.Venues, update.Venues),
        Markets = Union(stored.Markets, update.Markets),
    };

    private void Index(IEnumerable<InstrumentEntry> entries)
    {
        _byKey = new Dictionary<string, InstrumentEntry>(StringComparer.Ordinal);
        _byName = [];
        foreach (var entry in entries)
        {
            Remember(entry);
        }
    }

    private void Remember(InstrumentEntry entry)
    {
        _byKey[entry.Key] = entry;
        foreach (var name in entry.Names.Prepend(entry.Name))
        {
            _byName.TryAdd((entry.Kind, InstrumentNames.Normalize(name)), entry.Key);
        }
    }

    private static TableEntity Write(InstrumentEntry entry) => new(entry.Kind.ToString(), entry.Key)
    {
        ["Name"] = entry.Name,
        ["Names"] = JsonSerializer.Serialize(entry.Names, StoreJson.Default.IEnumerableString),
        ["Venues"] = JsonSerializer.Serialize(entry.Venues, StoreJson.Default.IEnumerableString),
        ["Markets"] = JsonSerializer.Serialize(entry.Markets, StoreJson.Default.IEnumerableString),
    };

    private static InstrumentEntry Read(TableEntity row) => new()
    {
        Key = row.RowKey,
        Kind = Enum.Parse<InstrumentKind>(row.PartitionKey),
        Name = row.GetString("Name") ?? row.RowKey,
        Names = List(row.GetString("Names")),
        Venues = List(row.GetString("Venues")),
        Markets = List(row.GetString("Markets")),
    };

    private static List<string> List(string? json) => json is null ? [] : JsonSerializer.Deserialize(json, StoreJson.Default.ListString) ?? [];

    private static List<string> Union(IEnumerable<string>? first, IEnumerable<string> second)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return (first ?? []).Concat(second).Where(seen.Add).ToList();
    }

    private static bool SameContent(InstrumentEntry? a, InstrumentEntry? b) =>
        a is not null && b is not null && a.Name == b.Name
        && a.Names.SequenceEqual(b.Names) && a.Venues.SequenceEqual(b.Venues) && a.Markets.SequenceEqual(b.Markets);
}
