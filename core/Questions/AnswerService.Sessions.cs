using Recaps.Core.Questions.Dates;
using Recaps.Core.Questions.Reading;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

public sealed partial class AnswerService
{
    private const int MaxSessionsRead = 40;

    /// <summary>
    /// The sessions a market-wide question speaks of (one market, or every market), for the asked date or the
    /// nearest earlier session, with a note when that is not the date asked.
    /// </summary>
    private async Task<(IReadOnlyList<StoredSession> Sessions, string? Note)> SessionsForAsync(
        Query query, ConversationContext context, CancellationToken cancellationToken)
    {
        var market = query.Market;
        var date = query.Date;
        if (date is { Kind: DateQueryKind.Period })
        {
            var inPeriod = (await _store.GetSessionsAsync(market, date.To, MaxSessionsRead, cancellationToken).ConfigureAwait(false))
                .Where(s => s.Date >= date.From).ToList();
            return inPeriod.Count > 0 ? (inPeriod, null) : await LatestAsync(market, date.To, $"No session is stored {date.Describe()}", cancellationToken).ConfigureAwait(false);
        }
        if (date is { Kind: DateQueryKind.SessionsBack })
        {
            var sessions = await _store.GetSessionsAsync(market, date.To, MaxSessionsRead, cancellationToken).ConfigureAwait(false);
            var days = sessions.Select(s => s.Date).Distinct().ToList();
            if (days.Count < date.SessionsBack)
            {
                return await LatestAsync(market, date.To, $"No session is stored for {date.Phrase}", cancellationToken).ConfigureAwait(false);
            }
            var day = days[date.SessionsBack - 1];
            return ([.. sessions.Where(s => s.Date == day)], $"{Capitalized(date.Phrase)} is the session of {MarketText.Date(day)}.");
        }
        var asked = date switch
        {
            null => (DateOnly?)null,
            { Kind: DateQueryKind.SameAsBefore } => context.Date,
            _ => date.From,
        };
        var latest = await _store.GetSessionsAsync(market, asked, MaxSessionsRead, cancellationToken).ConfigureAwait(false);
        if (latest.Count == 0)
        {
            return asked is { } missing
                ? await LatestAsync(market, null, $"No session is stored on or before {MarketText.Date(missing)}", cancellationToken).ConfigureAwait(false)
                : ([], null);
        }
        var newest = latest[0].Date;
        var note = asked is { } target && newest != target ? $"No session is stored for {MarketText.Date(target)}; the latest before it is {MarketText.Date(newest)}." : null;
        return ([.. latest.Where(s => s.Date == newest)], note);
    }

    private async Task<(IReadOnlyList<StoredSession> Sessions, string? Note)> LatestAsync(
        string? market, DateOnly? onOrBefore, string missing, CancellationToken cancellationToken)
    {
        var sessions = await _store.GetSessionsAsync(market, onOrBefore, MaxSessionsRead, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0 && onOrBefore is not null)
        {
            sessions = await _store.GetSessionsAsync(market, null, MaxSessionsRead, cancellationToken).ConfigureAwait(false);
        }
        if (sessions.Count == 0)
        {
            return ([], null);
        }
        var newest = sessions[0].Date;
        return ([.. sessions.Where(s => s.Date == newest)], $"{missing}; here is the session of {MarketText.Date(newest)}.");
    }

    // Every market's session is its own partition: read them side by side.
    private async Task<List<StoredMove>> MovesOfAsync(IReadOnlyList<StoredSession> sessions, CancellationToken cancellationToken)
    {
        var reads = sessions.Select(s => _store.GetSessionMovesAsync(s.Market, s.Date, cancellationToken));
        return [.. (await Task.WhenAll(reads).ConfigureAwait(false)).SelectMany(m => m)];
    }

    private async Task<Answer> SessionsAsync(Query query, CancellationToken cancellationToken)
    {
        var sessions = await _store.GetSessionsAsync(query.Market, null, 20, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0)
        {
            return NoSessions(query);
        }
        return new Answer
        {
            Kind = AnswerKind.Facts,
            Intent = query.Intent,
            Title = $"The {(sessions.Count == 20 ? "latest 20 " : "")}sessions I have recaps for, newest first:",
            Lines = [.. sessions.Select(s =>
                $"- {MarketText.Market(s.Market)} {MarketText.SessionKind(s.Kind)}, {MarketText.Date(s.Date)}: {s.Moves} moves from {string.Join(", ", s.Articles.Select(a => "recap " + a.Source))}")],
            Suggestions = ["how was the market?", "top gainers"],
        };
    }

    private static Answer NoSessions(Query query) => new()
    {
        Kind = AnswerKind.NoData,
        Intent = query.Intent,
        Title = query.Market is { } market
            ? $"No {MarketText.Market(market)} session is stored yet."
            : "No recaps are stored yet: upload or ingest some (recaps ingest PATH...) and ask again.",
    };

    private async Task<Answer> HelpAsync(CancellationToken cancellationToken)
    {
        var latest = await _store.GetSessionsAsync(null, null, 1, cancellationToken).ConfigureAwait(false);
        return new Answer
        {
            Kind = AnswerKind.Help,
            Intent = QuestionIntent.Help,
            Title = "I answer questions about the market recaps I have read, with exact figures and the recap they come from.",
            Lines =
            [
                latest.Count == 0 ? "No recaps are stored yet." : $"The latest session I know is {MarketText.Market(latest[0].Market)}, {MarketText.Date(latest[0].Date)}.",
                "Ask, for example:",
                "- how did CATL do?  /  how did Tencent do on Wednesday?  /  how has Xiaomi done this week?",
                "- where did the Hang Seng close yesterday?",
                "- top gainers  /  biggest losing stocks in Hong Kong  /  which sectors moved?",
                "- why did Smoore jump?",
                "- Zijin vs CMOC",
                "- how was the market on 21 May?  /  which sessions do you know?",
                "Follow-ups work too: \"and yesterday?\", \"what about Geely?\", \"why?\".",
            ],
            Suggestions = ["how was the market?", "top gainers", "which sessions do you know?"],
        };
    }
}
