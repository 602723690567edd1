using Recaps.Core.Model;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>Every row one version of one article writes, by table.</summary>
internal sealed record SessionRows(IReadOnlyList<TableEntity> ByInstrument, IReadOnlyList<TableEntity> BySession, IReadOnlyList<TableEntity> Sessions)
{
    public static SessionRows Build(MarketSession session, IReadOnlyList<string> instrumentKeys, ArticleRef article)
    {
        var date = StoreKeys.InvertedDate(session.Date);
        var sessionPartition = StoreKeys.SessionPartition(session.Market, session.Date);
        var suffix = $"_{article.Id}_{article.Version}_";
        var byInstrument = new List<TableEntity>(session.Moves.Count);
        var bySession = new List<TableEntity>(session.Moves.Count);
        for (var i = 0; i < session.Moves.Count; i++)
        {
            var key = instrumentKeys[i];
            var sequence = StoreKeys.Sequence(i);
            var stored = new StoredMove(session.Moves[i], key, session.Date, session.Market, session.Kind, article, i);
            byInstrument.Add(MoveEntity.Create(key, date + suffix + sequence, stored));
            bySession.Add(MoveEntity.Create(sessionPartition, key + suffix + sequence, stored));
        }
        var marketPartition = TableKeys.Escape(session.Market);
        return new SessionRows(byInstrument, bySession, [
            SessionEntity.Create(marketPartition, session, article),
            SessionEntity.Create(StoreKeys.AllMarkets, session, article),
        ]);
    }

    public IEnumerable<(string Table, TableEntity Row)> All =>
        ByInstrument.Select(r => (StoreTables.MovesByInstrument, r))
            .Concat(BySession.Select(r => (StoreTables.MovesBySession, r)))
            .Concat(Sessions.Select(r => (StoreTables.Sessions, r)));
}
