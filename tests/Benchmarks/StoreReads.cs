using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Benchmarks;

/// <summary>
/// The two reads the issue times, against a generated store, each call on the next target of a fixed
/// rotation: the newest 20 moves of a popular instrument (an index or blue chip of some market), and every
/// move of an existing session (shuffled, so consecutive calls touch different parts of the file).
/// </summary>
internal sealed class StoreReads : IDisposable
{
    public const int InstrumentTake = 20;

    private readonly SessionStore _store;
    private readonly IReadOnlyList<string> _instruments;
    private readonly (string Market, DateOnly Date)[] _sessions;
    private int _nextInstrument;
    private int _nextSession;

    public StoreReads(GeneratedStore generated)
    {
        ArgumentNullException.ThrowIfNull(generated);
        _store = new SessionStore(new SqliteTableService(generated.Folder, TimeProvider.System));
        _instruments = GeneratedSessions.PopularInstrumentKeys();
        var random = new Random(42);
        var sessions = generated.Plan.Dates.SelectMany(date => GeneratedSessions.MarketCodes.Select(market => (market, date))).ToArray();
        random.Shuffle(sessions);
        _sessions = sessions;
    }

    public async Task<IReadOnlyList<StoredMove>> NewestInstrumentMovesAsync()
    {
        var key = _instruments[_nextInstrument++ % _instruments.Count];
        return await _store.GetInstrumentMovesAsync(key, take: InstrumentTake).ConfigureAwait(false);
    }

    /// <summary>
    /// What <see cref="NewestInstrumentMovesAsync"/> would cost if SessionStore passed take on to the query, so the
    /// backend reads 20 rows rather than a whole page of up to 1,000: a proposed change, measured here, not made.
    /// Every generated row is visible, so one page of 20 is the whole answer; the real change would read on
    /// when some rows are hidden.
    /// </summary>
    public async Task<IReadOnlyList<StoredMove>> NewestInstrumentMovesTakePushedDownAsync()
    {
        var key = _instruments[_nextInstrument++ % _instruments.Count];
        var page = await _store.MovesByInstrument.QueryPageAsync(new TableQuery { PartitionKey = key, Take = InstrumentTake }).ConfigureAwait(false);
        var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var moves = new List<StoredMove>(page.Entities.Count);
        foreach (var move in page.Entities.Select(MoveEntity.Read))
        {
            if (!versions.TryGetValue(move.Article.Id, out var visible))
            {
                visible = (await _store.Articles.GetAsync(move.Article.Id, ArticleEntity.RowKey).ConfigureAwait(false))?.GetString("Version");
                versions[move.Article.Id] = visible;
            }
            if (visible == move.Article.Version)
            {
                moves.Add(move);
            }
        }
        return moves;
    }

    public async Task<IReadOnlyList<StoredMove>> SessionMovesAsync()
    {
        var (market, date) = _sessions[_nextSession++ % _sessions.Length];
        return await _store.GetSessionMovesAsync(market, date).ConfigureAwait(false);
    }

    /// <summary>Throws unless both reads find what the generator wrote: timing empty answers would flatter the store.</summary>
    public async Task CheckAsync()
    {
        for (var i = 0; i < _instruments.Count; i++)
        {
            var moves = await NewestInstrumentMovesAsync().ConfigureAwait(false);
            if (moves.Count != InstrumentTake)
            {
                throw new InvalidOperationException($"instrument {_instruments[i]}: {moves.Count} moves, expected {InstrumentTake}");
            }
        }
        var session = await SessionMovesAsync().ConfigureAwait(false);
        if (session.Count < 10 || session.Any(m => m.SessionKind != SessionKind.Close))
        {
            throw new InvalidOperationException($"session read found {session.Count} moves");
        }
        (_nextInstrument, _nextSession) = (0, 0);
    }

    public void Dispose() => _store.Dispose();
}
