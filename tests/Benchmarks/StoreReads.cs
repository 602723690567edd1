using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;

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

    /// <param name="generated">The store to read.</param>
    /// <param name="versionLifetime">How long reads trust an article's cached version; zero reads it every time.</param>
    public StoreReads(GeneratedStore generated, TimeSpan? versionLifetime = null)
    {
        ArgumentNullException.ThrowIfNull(generated);
        _store = new SessionStore(new SqliteTableService(generated.Folder, TimeProvider.System), versionLifetime);
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
