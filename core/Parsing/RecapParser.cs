using Recaps.Core.Instruments;
using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>
/// Reads a market recap article into a <see cref="MarketSession"/>: its date, main market and every
/// move it states. Never throws on bad input: empty, binary and market-free texts come back with a
/// <see cref="ParseIssue"/>. Work is linear in the text. Thread-safe; reuse one instance.
/// </summary>
public sealed class RecapParser
{
    private readonly SentenceReader reader = new(new MentionFinder(CatalogMatcher.Default));

    public ParseResult Parse(string text, DateTimeOffset received)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text.Replace('\uFEFF', ' ')))
        {
            return Empty(received, ParseIssue.Empty);
        }

        if (TextCleaner.LooksBinary(text))
        {
            return Empty(received, ParseIssue.Binary);
        }

        var plain = TextCleaner.LooksHtml(text) ? TextCleaner.StripHtml(text) : text;
        plain = NumberRepair.Repair(TextCleaner.Fold(plain).Replace("sub- index", "sub-index", StringComparison.OrdinalIgnoreCase));
        var sentences = SentenceSplitter.Split(plain);
        var market = MarketResolver.Resolve(sentences, CatalogMatcher.Default);
        var info = Markets.Get(market);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, info.TimeZone).DateTime);
        var (date, basis) = DateResolver.Resolve(sentences, local);

        var context = new ArticleContext(market, info.Currency) { SessionDay = basis == DateBasis.Received ? null : date.DayOfWeek };
        var drafts = new List<MoveDraft>();
        foreach (var sentence in sentences)
        {
            reader.Read(sentence, context, drafts);
            sentence.Release();
        }

        var moves = MoveMerger.Merge(drafts, context);
        var session = new MarketSession
        {
            Date = date,
            DateBasis = basis,
            Market = market,
            Kind = SessionKindOf(plain),
            Moves = moves,
        };
        return new ParseResult(session, moves.Count == 0 ? ParseIssue.NoMarketData : null);
    }

    private static ParseResult Empty(DateTimeOffset received, ParseIssue issue)
    {
        var session = new MarketSession { Date = DateOnly.FromDateTime(received.UtcDateTime), DateBasis = DateBasis.Received, Market = "HK" };
        return new ParseResult(session, issue);
    }

    private static SessionKind SessionKindOf(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1200));
        if (head.Contains("midday", StringComparison.OrdinalIgnoreCase) || head.Contains("half-day", StringComparison.OrdinalIgnoreCase)
            || head.Contains("morning session", StringComparison.OrdinalIgnoreCase) || head.Contains("lunch break", StringComparison.OrdinalIgnoreCase))
        {
            return SessionKind.Midday;
        }

        if (head.Contains(" GMT the ", StringComparison.Ordinal) || head.Contains("was last", StringComparison.OrdinalIgnoreCase)
            || head.Contains("in early trade", StringComparison.OrdinalIgnoreCase))
        {
            return SessionKind.Intraday;
        }

        return head.Contains("at the open", StringComparison.OrdinalIgnoreCase) || head.Contains("opened", StringComparison.OrdinalIgnoreCase) && !head.Contains("close", StringComparison.OrdinalIgnoreCase)
            ? SessionKind.Open
            : SessionKind.Close;
    }
}
