using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

public sealed partial class SessionStore
{
    /// <summary>
    /// An instrument's moves, newest session first (within a session, in recap order), optionally only
    /// sessions from <paramref name="from"/> to <paramref name="to"/> inclusive and at most <paramref name="take"/>.
    /// </summary>
    public async Task<IReadOnlyList<StoredMove>> GetInstrumentMovesAsync(
        string instrumentKey, DateOnly? from = null, DateOnly? to = null, int? take = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instrumentKey);
        if (!TableKeys.IsValid(instrumentKey))
        {
            return [];
        }
        var query = new TableQuery
        {
            PartitionKey = instrumentKey,
            RowKeyFrom = to is { } last ? StoreKeys.InvertedDate(last) : null,
            RowKeyBefore = from is { } first ? StoreKeys.InvertedDate(first.AddDays(-1)) : null,
        };
        return await ReadVisibleAsync(MovesByInstrument, query, take, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every move of one market's session on one date, from every recap of it.</summary>
    public async Task<IReadOnlyList<StoredMove>> GetSessionMovesAsync(string market, DateOnly date, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(market);
        var query = TableQuery.Partition(StoreKeys.SessionPartition(market, date));
        var moves = await ReadVisibleAsync(MovesBySession, query, null, cancellationToken).ConfigureAwait(false);
        // Rows are keyed by instrument; give them back as the recaps told them.
        return [.. moves.OrderBy(m => m.Article.Received).ThenBy(m => m.Article.Id, StringComparer.Ordinal).ThenBy(m => m.Sequence)];
    }

    /// <summary>
    /// The latest sessions (newest first) of one market, or of every market when <paramref name="market"/> is
    /// null, on or before <paramref name="onOrBefore"/> when given, at most <paramref name="take"/>.
    /// </summary>
    public async Task<IReadOnlyList<StoredSession>> GetSessionsAsync(
        string? market = null, DateOnly? onOrBefore = null, int take = 30, CancellationToken cancellationToken = default)
    {
        var query = new TableQuery
        {
            PartitionKey = market is null ? StoreKeys.AllMarkets : TableKeys.Escape(market),
            RowKeyFrom = onOrBefore is { } last ? StoreKeys.InvertedDate(last) : null,
        };
        var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var sessions = new List<StoredSession>();
        var builders = new Dictionary<(DateOnly, string), int>();
        // A session has a row per recap of it: pages a little larger than asked for usually hold them all.
        var pageQuery = query with { Take = Math.Clamp(take * 2 + 4, 1, 1000) };
        string? continuation = null;
        do
        {
            var page = await Sessions.QueryPageAsync(pageQuery, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var row in page.Entities)
            {
                var (date, rowMarket, kind, moves, article) = SessionEntity.Read(row);
                if (!await IsVisibleAsync(article, versions, cancellationToken).ConfigureAwait(false))
                {
                    continue;
                }
                if (builders.TryGetValue((date, rowMarket), out var index))
                {
                    var known = sessions[index];
                    sessions[index] = known with { Articles = [.. known.Articles, article], Moves = known.Moves + moves };
                    continue;
                }
                if (sessions.Count == take)
                {
                    return sessions;
                }
                builders[(date, rowMarket)] = sessions.Count;
                sessions.Add(new StoredSession(date, rowMarket, kind, [article], moves));
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return sessions;
    }

    // Reads pages of about the size wanted (rows of other versions are skipped, so a page may come up short).
    private async Task<List<StoredMove>> ReadVisibleAsync(ITable table, TableQuery query, int? take, CancellationToken cancellationToken)
    {
        var versions = new Dictionary<string, string?>(StringComparer.Ordinal);
        var moves = new List<StoredMove>();
        var pageQuery = take is { } wanted ? query with { Take = Math.Clamp(wanted + 4, 1, 1000) } : query;
        string? continuation = null;
        do
        {
            var page = await table.QueryPageAsync(pageQuery, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var row in page.Entities)
            {
                var move = MoveEntity.Read(row);
                if (await IsVisibleAsync(move.Article, versions, cancellationToken).ConfigureAwait(false))
                {
                    moves.Add(move);
                    if (moves.Count == take)
                    {
                        return moves;
                    }
                }
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return moves;
    }

    // A row is visible when its article currently points at the row's version.
    private async Task<bool> IsVisibleAsync(ArticleRef article, Dictionary<string, string?> versions, CancellationToken cancellationToken)
    {
        if (!versions.TryGetValue(article.Id, out var visible) && !_versions.TryGet(article.Id, out visible))
        {
            var row = await Articles.GetAsync(article.Id, ArticleEntity.RowKey, cancellationToken).ConfigureAwait(false);
            visible = row?.GetString("Version");
            _versions.Remember(article.Id, visible);
        }
        versions[article.Id] = visible;
        return string.Equals(visible, article.Version, StringComparison.Ordinal);
    }
}
