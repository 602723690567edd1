using Recaps.Core.Model;
using Recaps.Core.Questions.Dates;
using Recaps.Core.Questions.Reading;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

public sealed partial class AnswerService
{
    private const int MaxMovesRead = 60;

    // One instrument (how it moved, or why), or several side by side.
    private async Task<Answer> MovesAsync(Query query, ConversationContext context, CancellationToken cancellationToken)
    {
        var facts = new List<AnswerFact>();
        var notes = new List<string>();
        var missing = new List<string>();
        if (query.Unmatched is { } unmatched)
        {
            notes.Add($"No recap mentions {unmatched}.");
        }
        foreach (var instrument in query.Instruments)
        {
            var found = await InstrumentMovesAsync(instrument, query.Date, context, cancellationToken).ConfigureAwait(false);
            if (found.Note is { } note)
            {
                notes.Add(note);
            }
            if (found.Moves.Count == 0)
            {
                missing.Add(query.NameOf(instrument));
            }
            facts.AddRange(found.Moves.Select(m => new AnswerFact(m)));
        }
        var names = string.Join(" vs ", query.Instruments.Select(query.NameOf));
        if (facts.Count == 0)
        {
            return new Answer
            {
                Kind = AnswerKind.NoData,
                Intent = query.Intent,
                Title = $"No stored recap mentions {names}{(query.Date is { } asked ? " " + Describe(asked) : "")}.",
                Notes = notes,
                Suggestions = ["which sessions do you know?"],
                Context = NextContext(query, null),
            };
        }
        var dates = facts.Select(f => f.Move.Date).Distinct().ToList();
        var when = query.Date is { Kind: DateQueryKind.Period } period && notes.Count == 0 ? period.Describe()
            : dates.Count == 1 ? MarketText.Date(dates[0])
            : $"{MarketText.Date(dates.Min())} to {MarketText.Date(dates.Max())}";
        if (query.Intent == QuestionIntent.Reason && facts.All(f => f.Move.Move.Reason is null))
        {
            notes.Add($"The recap{(facts.Select(f => f.Move.Article.Id).Distinct().Count() > 1 ? "s give" : " gives")} no reason for this move; here is what it says.");
        }
        if (missing.Count > 0)
        {
            notes.Add($"No recap mentions {string.Join(" or ", missing)} then.");
        }
        var single = query.Instruments.Count == 1;
        return new Answer
        {
            Kind = AnswerKind.Facts,
            Intent = query.Intent,
            Title = $"{names}, {when}{SessionLabel(facts)}:",
            Notes = notes,
            Facts = facts,
            ShowEvidence = single,
            ShowReasons = true,
            Suggestions = MoveSuggestions(query, facts),
            Context = NextContext(query, dates.Count == 1 ? dates[0] : null, facts),
        };
    }

    /// <summary>The instrument's moves for the asked date, or the nearest session that has some, with a note saying so.</summary>
    private async Task<(IReadOnlyList<StoredMove> Moves, string? Note)> InstrumentMovesAsync(
        InstrumentEntry instrument, DateQuery? date, ConversationContext context, CancellationToken cancellationToken)
    {
        var key = instrument.Key;
        switch (date?.Kind)
        {
            case null:
                return (await LatestMovesAsync(key, null, cancellationToken).ConfigureAwait(false), null);
            case DateQueryKind.Period:
                var inPeriod = await _store.GetInstrumentMovesAsync(key, date.From, date.To, MaxMovesRead, cancellationToken).ConfigureAwait(false);
                return inPeriod.Count > 0
                    ? (inPeriod, null)
                    : await NearestAsync(instrument, date.To, $"No recap mentions {instrument.Name} {date.Describe()}", cancellationToken).ConfigureAwait(false);
            case DateQueryKind.SessionsBack:
                var market = MarketOf(instrument);
                var sessions = market is null ? [] : await _store.GetSessionsAsync(market, date.To, date.SessionsBack, cancellationToken).ConfigureAwait(false);
                if (sessions.Count < date.SessionsBack)
                {
                    return await NearestAsync(instrument, date.To, $"No {Market(market)}session is stored for {date.Phrase}", cancellationToken).ConfigureAwait(false);
                }
                var day = sessions[date.SessionsBack - 1].Date;
                var onDay = await _store.GetInstrumentMovesAsync(key, day, day, MaxMovesRead, cancellationToken).ConfigureAwait(false);
                return onDay.Count > 0
                    ? (onDay, $"{Capitalized(date.Phrase)} is the session of {MarketText.Date(day)}.")
                    : await NearestAsync(instrument, day, $"The {Market(market)}session of {MarketText.Date(day)} ({date.Phrase}) does not mention {instrument.Name}", cancellationToken).ConfigureAwait(false);
            default:
                var asked = date.Kind == DateQueryKind.SameAsBefore ? context.Date : date.From;
                if (asked is not { } target)
                {
                    return (await LatestMovesAsync(key, null, cancellationToken).ConfigureAwait(false), null);
                }
                var exact = await _store.GetInstrumentMovesAsync(key, target, target, MaxMovesRead, cancellationToken).ConfigureAwait(false);
                return exact.Count > 0
                    ? (exact, null)
                    : await NearestAsync(instrument, target, $"No recap mentions {instrument.Name} on {MarketText.Date(target)}", cancellationToken).ConfigureAwait(false);
        }
    }

    // The latest session on or before the date that mentions the instrument, else the earliest after it.
    private async Task<(IReadOnlyList<StoredMove> Moves, string? Note)> NearestAsync(
        InstrumentEntry instrument, DateOnly date, string missing, CancellationToken cancellationToken)
    {
        var before = await LatestMovesAsync(instrument.Key, date, cancellationToken).ConfigureAwait(false);
        if (before.Count > 0)
        {
            return (before, $"{missing}; the latest recap before that is of {MarketText.Date(before[0].Date)}.");
        }
        var after = await _store.GetInstrumentMovesAsync(instrument.Key, from: date, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (after.Count > 0)
        {
            var earliest = after[^1].Date;
            return ([.. after.Where(m => m.Date == earliest)], $"{missing}; the first recap that does is of {MarketText.Date(earliest)}.");
        }
        return ([], null);
    }

    // The newest session's moves of the instrument (on or before a date): a few rows usually hold them all.
    private async Task<IReadOnlyList<StoredMove>> LatestMovesAsync(string key, DateOnly? onOrBefore, CancellationToken cancellationToken)
    {
        var first = await _store.GetInstrumentMovesAsync(key, to: onOrBefore, take: 4, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (first.Count == 0)
        {
            return first;
        }
        var day = first[0].Date;
        if (first.Count == 4 && first[^1].Date == day)
        {
            first = await _store.GetInstrumentMovesAsync(key, day, day, MaxMovesRead, cancellationToken).ConfigureAwait(false);
        }
        return [.. first.Where(m => m.Date == day)];
    }

    private static string? MarketOf(InstrumentEntry instrument) =>
        Instruments.IndexCatalog.Find(instrument.Key)?.Market ?? (instrument.Markets.Count > 0 ? instrument.Markets[0] : null);

    private static string Market(string? code) => code is null ? "" : MarketText.Market(code) + " ";

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Describe(DateQuery date) => date.Kind switch
    {
        DateQueryKind.Period => date.Describe(),
        DateQueryKind.SameAsBefore => "then",
        _ => "on " + date.Describe(),
    };

    // " (Hong Kong close)" when every fact is of one market's one kind of session.
    private static string SessionLabel(IReadOnlyList<AnswerFact> facts)
    {
        var sessions = facts.Select(f => (f.Move.Market, f.Move.SessionKind)).Distinct().ToList();
        return sessions.Count == 1 ? $" ({MarketText.Market(sessions[0].Market)} {MarketText.SessionKind(sessions[0].SessionKind)})" : "";
    }

    private static List<string> MoveSuggestions(Query query, List<AnswerFact> facts)
    {
        var first = facts[0].Move;
        var suggestions = new List<string>();
        if (query.Intent != QuestionIntent.Reason && facts.Any(f => f.Move.Move.Reason is not null))
        {
            suggestions.Add("why?");
        }
        if (query.Date?.Kind != DateQueryKind.Period)
        {
            suggestions.Add($"how has {ShortName(first.Move)} done this week?");
        }
        suggestions.Add(first.Move.Kind == InstrumentKind.Index ? "top gainers" : $"top gainers in {MarketText.Market(first.Market)}");
        return suggestions;
    }

    private static string ShortName(Move move) => move.Aliases.FirstOrDefault(a => a.Length <= 12 && !a.All(char.IsAsciiDigit)) ?? move.Name;

    private static Answer Clarify(Query query)
    {
        var (said, choices) = query.Ambiguous[0];
        return new Answer
        {
            Kind = AnswerKind.Clarify,
            Intent = query.Intent,
            Title = $"\"{said}\" could be several instruments; which one?",
            Lines = [.. choices.Select(c => $"- {c.Name} ({Describe(c)})")],
            Suggestions = [.. choices.Take(4).Select(c => $"how did {c.Name} do?")],
        };
    }

    private static string Describe(InstrumentEntry entry)
    {
        var kind = entry.Kind.ToString().ToLowerInvariant();
        return entry.Markets.Count == 0 ? kind : $"{kind}, {string.Join(", ", entry.Markets.Select(MarketText.Market))}";
    }

    private static Answer NotFound(Query query, string unknown, InstrumentIndex index)
    {
        var closest = index.Closest(unknown, 3);
        return new Answer
        {
            Kind = AnswerKind.NotFound,
            Intent = query.Intent,
            Title = $"No recap mentions {unknown}.",
            Lines = closest.Count == 0 ? [] : [$"Closest names I know: {string.Join(", ", closest)}."],
            Suggestions = closest.Count == 0 ? ["which sessions do you know?", "help"] : [.. closest.Select(c => $"how did {c} do?")],
        };
    }

    private static ConversationContext NextContext(Query query, DateOnly? date, IReadOnlyList<AnswerFact>? facts = null) => new()
    {
        Intent = query.Intent,
        Instruments = [.. query.Instruments.Select(i => i.Key)],
        Date = date,
        Market = query.Market ?? facts?.Select(f => f.Move.Market).Distinct().SingleOrDefaultIfMany(),
        DateAsked = query.DateAsked,
    };
}
