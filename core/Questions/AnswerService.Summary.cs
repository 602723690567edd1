using Recaps.Core.Digest;
using Recaps.Core.Questions.Reading;

namespace Recaps.Core.Questions;

public sealed partial class AnswerService
{
    // "How was the market?": what the digest of those sessions shows, as facts.
    private async Task<Answer> SummaryAsync(Query query, ConversationContext context, CancellationToken cancellationToken)
    {
        var (sessions, note) = await SessionsForAsync(query, context, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0)
        {
            return NoSessions(query);
        }
        var facts = new List<AnswerFact>();
        var moves = await Task.WhenAll(sessions.Select(s => _store.GetSessionMovesAsync(s.Market, s.Date, cancellationToken))).ConfigureAwait(false);
        foreach (var (session, sessionMoves) in sessions.Zip(moves))
        {
            var section = DigestSelection.Compose(session, sessionMoves);
            var market = sessions.Count > 1 ? MarketText.Market(session.Market) + " " : "";
            facts.AddRange(section.Indices.Select(m => new AnswerFact(m, Capitalized(market + "indices"))));
            facts.AddRange(section.Gainers.Select(m => new AnswerFact(m, Capitalized(market + "gainers"))));
            facts.AddRange(section.Losers.Select(m => new AnswerFact(m, Capitalized(market + "losers"))));
            facts.AddRange(section.Sectors.Select(m => new AnswerFact(m, Capitalized(market + "sectors"))));
        }
        return new Answer
        {
            Kind = facts.Count == 0 ? AnswerKind.NoData : AnswerKind.Facts,
            Intent = QuestionIntent.Summary,
            Title = $"{SessionsLabel(sessions)}:",
            Notes = note is null ? [] : [note],
            Facts = facts,
            ShowReasons = true,
            Suggestions = ["top gainers", "which sectors moved?", "which sessions do you know?"],
            Context = RankingContext(query with { Intent = QuestionIntent.Summary }, sessions),
        };
    }
}
