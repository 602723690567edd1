using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Digest;

/// <summary>
/// Composes the digest of the latest session date (or the latest on or before a date): a section for every
/// market with a session that day, from every recap of it.
/// </summary>
public sealed class DigestComposer
{
    // Sessions read at first: more than the markets that trade on one day; more are read if all are that day.
    private const int SessionsPerRead = 32;

    private readonly SessionStore _store;

    public DigestComposer(SessionStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>
    /// The digest of the latest session date, or of the latest on or before <paramref name="date"/> (which the
    /// digest keeps, so it can say when that date had no session). When nothing is stored on or before the date
    /// the digest has no markets; null when the store has no sessions at all.
    /// </summary>
    public async Task<MarketDigest?> ComposeAsync(DateOnly? date = null, CancellationToken cancellationToken = default)
    {
        var sessions = await LatestSessionsAsync(date, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0)
        {
            var any = date is not null && (await _store.GetSessionsAsync(take: 1, cancellationToken: cancellationToken).ConfigureAwait(false)).Count > 0;
            return any ? new MarketDigest(null, date, []) : null;
        }
        var sections = new List<DigestSection>();
        foreach (var session in sessions.OrderBy(s => s.Market, StringComparer.Ordinal))
        {
            var moves = await _store.GetSessionMovesAsync(session.Market, session.Date, cancellationToken).ConfigureAwait(false);
            sections.Add(DigestSelection.Compose(session, moves));
        }
        return new MarketDigest(sessions[0].Date, date, sections);
    }

    // Sessions come newest first: read until one of an earlier date shows, or there are no more.
    private async Task<List<StoredSession>> LatestSessionsAsync(DateOnly? date, CancellationToken cancellationToken)
    {
        for (var take = SessionsPerRead; ; take *= 2)
        {
            var sessions = await _store.GetSessionsAsync(onOrBefore: date, take: take, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (sessions.Count == 0)
            {
                return [];
            }
            var latest = sessions.Where(s => s.Date == sessions[0].Date).ToList();
            if (latest.Count < sessions.Count || sessions.Count < take)
            {
                return latest;
            }
        }
    }
}
