using Recaps.Core.Model;
using Recaps.Core.Questions.Reading;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

public sealed partial class AnswerService
{
    private const int DefaultRankingCount = 5;

    // Top gainers/losers (of a kind, market, category or named field) and the sector moves of a session.
    private async Task<Answer> RankingAsync(Query query, ConversationContext context, CancellationToken cancellationToken)
    {
        if (query.Intent == QuestionIntent.Sectors)
        {
            // Every sector move of the session, unless a number was asked for.
            query = query with { Kind = InstrumentKind.Sector, Direction = RankDirection.Both, Count = query.Count ?? int.MaxValue };
        }
        var (sessions, note) = await SessionsForAsync(query, context, cancellationToken).ConfigureAwait(false);
        if (sessions.Count == 0 && query.MarketInferred)
        {
            // "Which Hang Seng sector rose most?" in a store whose recap of Hong Kong moves is filed under another market.
            query = query with { Market = null };
            (sessions, note) = await SessionsForAsync(query, context, cancellationToken).ConfigureAwait(false);
        }
        if (sessions.Count == 0)
        {
            return NoSessions(query);
        }
        var notes = note is null ? new List<string>() : [note];
        IEnumerable<StoredMove> field = await MovesOfAsync(sessions, cancellationToken).ConfigureAwait(false);
        if (query.Instruments.Count > 0)
        {
            var named = query.Instruments.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
            field = field.Where(m => named.Contains(m.InstrumentKey));
        }
        field = field.Where(m => m.Move.Kind == query.Kind).ToList();
        var inCategories = InCategories(field.ToList(), query.Categories, notes);
        if (inCategories is null)
        {
            query = query with { Categories = [] };
        }
        field = inCategories ?? field;

        var count = query.Count ?? (query.Direction == RankDirection.Both ? 3 : DefaultRankingCount);
        var facts = new List<AnswerFact>();
        if (query.Direction != RankDirection.Losers)
        {
            facts.AddRange(MoveRanking.Gainers(Within(field, query, MoveRanking.Gainers), query.Kind, count)
                .Select(m => new AnswerFact(m, query.Direction == RankDirection.Both ? "Gainers" : null)));
        }
        if (query.Direction != RankDirection.Gainers)
        {
            facts.AddRange(MoveRanking.Losers(Within(field, query, MoveRanking.Losers), query.Kind, count)
                .Select(m => new AnswerFact(m, query.Direction == RankDirection.Both ? "Losers" : null)));
        }
        var what = RankingTitle(query);
        var where = SessionsLabel(sessions);
        if (facts.Count == 0)
        {
            return new Answer
            {
                Kind = AnswerKind.NoData,
                Intent = query.Intent,
                Title = $"The recaps of {where} name no {RankingNoun(query)}.",
                Notes = notes,
                Suggestions = ["how was the market?"],
                Context = RankingContext(query, sessions),
            };
        }
        var top = facts[0].Move.Move;
        return new Answer
        {
            Kind = AnswerKind.Facts,
            Intent = query.Intent,
            Title = $"{what}, {where}:",
            Notes = notes,
            Facts = facts,
            ShowReasons = true,
            Suggestions = query.Direction switch
            {
                RankDirection.Losers => [$"how did {ShortName(top)} do this week?", "and the gainers?", "how was the market?"],
                RankDirection.Gainers => [$"how did {ShortName(top)} do this week?", "and the losers?", "how was the market?"],
                _ => [$"how did {ShortName(top)} do this week?", "how was the market?"],
            },
            Context = RankingContext(query, sessions),
        };
    }

    // On a named index, the risers (or fallers) whose sentence names it, when the recap says which those are.
    private static IEnumerable<StoredMove> Within(
        IEnumerable<StoredMove> field, Query query, Func<IEnumerable<StoredMove>, InstrumentKind, int, IReadOnlyList<StoredMove>> rank)
    {
        if (query.Within.Count == 0)
        {
            return field;
        }
        var ranked = rank(field, query.Kind, int.MaxValue);
        var named = ranked.Where(m => Mentions(m.Move, query.Within)).ToList();
        return named.Count > 0 ? named : ranked;
    }

    // The moves that match the most of the categories asked for ("bank" and "earnings"); null when none matches any.
    private static List<StoredMove>? InCategories(List<StoredMove> moves, IReadOnlyList<IReadOnlyList<string>> categories, List<string> notes)
    {
        if (categories.Count == 0 || moves.Count == 0)
        {
            return moves;
        }
        var scored = moves.Select(m => (Move: m, Score: categories.Count(terms => Mentions(m.Move, terms)))).ToList();
        var best = scored.Max(s => s.Score);
        if (best == 0)
        {
            notes.Add($"No recap of this session describes a move as {string.Join(" or ", categories.Select(c => c[0]))}; these are all of them.");
            return null;
        }
        return [.. scored.Where(s => s.Score == best).Select(s => s.Move)];
    }

    // A category term found at the start of a word of the name, the reason or the source sentence.
    private static bool Mentions(Move move, IReadOnlyList<string> terms)
    {
        foreach (var text in new[] { move.Name, move.Reason, move.Evidence })
        {
            if (text is null)
            {
                continue;
            }
            foreach (var term in terms)
            {
                var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase);
                while (at >= 0)
                {
                    if (at == 0 || !char.IsLetter(text[at - 1]) || term.Length >= 6)
                    {
                        return true;
                    }
                    at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase);
                }
            }
        }
        return false;
    }

    private static string RankingTitle(Query query)
    {
        var kind = query.Kind switch
        {
            InstrumentKind.Sector => "sectors",
            InstrumentKind.Index => "indices",
            _ => "stocks",
        };
        var category = query.Categories.Count == 0 ? "" : string.Join(" ", query.Categories.Select(c => c[0])) + " ";
        return query.Direction switch
        {
            RankDirection.Losers => $"Biggest falling {category}{kind}",
            RankDirection.Both => $"Biggest {category}{Singular(kind)} moves",
            _ => $"Biggest rising {category}{kind}",
        };
    }

    private static string Singular(string kind) => kind switch
    {
        "indices" => "index",
        _ => kind.TrimEnd('s'),
    };

    private static string RankingNoun(Query query)
    {
        var kind = query.Kind switch
        {
            InstrumentKind.Sector => "sectors",
            InstrumentKind.Index => "indices",
            _ => "stocks",
        };
        return query.Direction switch
        {
            RankDirection.Losers => "falling " + kind,
            RankDirection.Gainers => "rising " + kind,
            _ => kind + " that moved",
        };
    }

    private static string SessionsLabel(IReadOnlyList<StoredSession> sessions)
    {
        var markets = string.Join(", ", sessions.Select(s => MarketText.Market(s.Market)).Distinct(StringComparer.Ordinal));
        var dates = sessions.Select(s => s.Date).Distinct().Order().ToList();
        var when = dates.Count == 1 ? MarketText.Date(dates[0]) : $"{MarketText.Date(dates[0])} to {MarketText.Date(dates[^1])}";
        return $"{markets}, {when}";
    }

    private static ConversationContext RankingContext(Query query, IReadOnlyList<StoredSession> sessions) => new()
    {
        Intent = query.Intent,
        Date = sessions.Select(s => s.Date).Distinct().SingleOrDefaultIfMany() is var day && day != default ? day : null,
        Market = query.Market ?? sessions.Select(s => s.Market).Distinct(StringComparer.Ordinal).SingleOrDefaultIfMany(),
        DateAsked = query.DateAsked,
    };
}
