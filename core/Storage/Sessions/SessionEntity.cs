using Recaps.Core.Model;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>One article's report of one session, as a row of the Sessions table (in its market's partition and in "all").</summary>
internal static class SessionEntity
{
    public static TableEntity Create(string partitionKey, MarketSession session, ArticleRef article) => new(partitionKey, RowKey(partitionKey, session, article))
    {
        ["Date"] = new DateTimeOffset(session.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        ["Market"] = session.Market,
        ["SessionKind"] = session.Kind.ToString(),
        ["DateBasis"] = session.DateBasis.ToString(),
        ["Moves"] = session.Moves.Count,
        ["ArticleId"] = article.Id,
        ["Source"] = article.Source,
        ["Version"] = article.Version,
        ["Received"] = article.Received,
    };

    public static string RowKey(string partitionKey, MarketSession session, ArticleRef article)
    {
        var date = StoreKeys.InvertedDate(session.Date);
        return partitionKey == StoreKeys.AllMarkets
            ? $"{date}_{TableKeys.Escape(session.Market)}_{article.Id}_{article.Version}"
            : $"{date}_{article.Id}_{article.Version}";
    }

    public static (DateOnly Date, string Market, SessionKind Kind, int Moves, ArticleRef Article) Read(TableEntity row) => (
        DateOnly.FromDateTime(row.GetDateTimeOffset("Date")!.Value.UtcDateTime),
        row.GetString("Market")!,
        Enum.TryParse<SessionKind>(row.GetString("SessionKind"), out var kind) ? kind : SessionKind.Close,
        row.GetInt32("Moves") ?? 0,
        new ArticleRef(row.GetString("ArticleId")!, row.GetString("Source")!, row.GetString("Version")!, row.GetDateTimeOffset("Received") ?? DateTimeOffset.MinValue));
}
