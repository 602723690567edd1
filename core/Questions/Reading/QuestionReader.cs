using System.Globalization;
using Recaps.Core.Instruments;
using Recaps.Core.Model;
using Recaps.Core.Parsing;
using Recaps.Core.Questions.Dates;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions.Reading;

/// <summary>
/// Question text + conversation + today -> <see cref="Query"/>. Names are found first (longest catalogue
/// name, then the leading words of a name, then a near spelling), the date phrase is set aside, and the words
/// left decide the intent; what is left after that is a name no recap mentions.
/// </summary>
internal static class QuestionReader
{
    /// <summary>Longer questions are read up to here: no market question needs more.</summary>
    public const int MaxLength = 500;

    private static readonly HashSet<string> StockWords = new(StringComparer.Ordinal)
    {
        "stock", "stocks", "share", "shares", "company", "companies", "heavyweight", "heavyweights", "name", "names",
        "counter", "counters", "constituent", "constituents", "performer", "performers",
    };

    private static readonly HashSet<string> SessionListWords = new(StringComparer.Ordinal) { "sessions", "dates", "markets", "days", "recaps" };

    private static readonly HashSet<string> KnowWords = new(StringComparer.Ordinal) { "know", "stored", "available", "have", "cover", "covered", "list" };

    private static readonly HashSet<string> HelpWords = new(StringComparer.Ordinal) { "help", "commands", "hi", "hello", "hey", "start" };

    public static Query Read(string question, ConversationContext context, DateOnly today, InstrumentIndex index)
    {
        var text = Clean(question);
        var date = DateExpressions.Find(text, today);
        var tokens = QuestionTokenizer.Tokenize(text);
        var used = new bool[tokens.Count];
        if (date is not null)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                used[i] = tokens[i].Start >= date.Start && tokens[i].End <= date.Start + date.Length;
            }
        }
        var words = tokens.Select(t => t.Lower).ToHashSet(StringComparer.Ordinal);

        var (instruments, ambiguous, said) = FindInstruments(tokens, used, index);
        var market = FindMarket(tokens, used);
        var dateQuery = date?.Query;
        var query = new Query { Intent = QuestionIntent.Help, Date = dateQuery, DateAsked = dateQuery is not null, Market = market, Said = said };

        if (tokens.Count == 0 || (tokens.Count <= 3 && words.Overlaps(HelpWords) && instruments.Count == 0))
        {
            return query;
        }
        if (instruments.Count == 0 && words.Overlaps(SessionListWords) && words.Overlaps(KnowWords))
        {
            return query with { Intent = QuestionIntent.Sessions };
        }

        var ranking = words.Overlaps(QuestionWords.Ranking)
            || (words.Contains("which") && (words.Overlaps(StockWords) || words.Overlaps(QuestionWords.SectorWords) || words.Any(QuestionWords.Categories.ContainsKey)));
        if (ranking)
        {
            return Ranking(query, tokens, used, words, instruments, FindCategories(tokens, used), context);
        }

        var residue = Residue(tokens, used, text);
        if (instruments.Count == 0 && ambiguous.Count == 0 && residue is null)
        {
            return FollowUp(query, words, context, index);
        }
        var intent = words.Overlaps(QuestionWords.Why) ? QuestionIntent.Reason
            : instruments.Count > 1 ? QuestionIntent.Compare
            : context.Intent == QuestionIntent.Reason && IsShortFollowUp(words) ? QuestionIntent.Reason
            : QuestionIntent.Move;
        // "What about Geely?" after an answer about a named day speaks of that day.
        if (dateQuery is null && context.DateAsked && context.Date is { } previous && IsShortFollowUp(words))
        {
            dateQuery = SameDay(previous);
        }
        return query with
        {
            Intent = intent,
            Instruments = instruments,
            Ambiguous = ambiguous,
            Unknown = instruments.Count == 0 && ambiguous.Count == 0 ? residue : null,
            // "Tencent vs Alibaba" with no recap of Alibaba: answer Tencent and say so, rather than drop the name.
            Unmatched = instruments.Count > 0 && residue is { Length: > 0 } other && char.IsUpper(other[0]) ? residue : null,
            Date = dateQuery,
        };
    }

    private static Query Ranking(
        Query query, List<QuestionToken> tokens, bool[] used, HashSet<string> words, List<InstrumentEntry> instruments,
        List<IReadOnlyList<string>> categories, ConversationContext context)
    {
        var up = words.Overlaps(QuestionWords.Up);
        var down = words.Overlaps(QuestionWords.Down);
        // "Which sectors moved?" asks for neither risers nor fallers, nor the biggest: every move, both ways.
        var undirected = !up && !down && !words.Overlaps(QuestionWords.Ranking);
        var direction = up && down || undirected || words.Contains("movers") || words.Contains("mover") ? RankDirection.Both
            : down ? RankDirection.Losers
            : RankDirection.Gainers;
        var kind = words.Overlaps(QuestionWords.SectorWords) ? InstrumentKind.Sector
            : words.Overlaps(QuestionWords.IndexWords) && !words.Overlaps(StockWords) && instruments.All(i => i.Kind != InstrumentKind.Index) ? InstrumentKind.Index
            : InstrumentKind.Stock;
        // A named index says which market ("the biggest drag on the Dow"); named stocks are the field ("among Alibaba, Ping An and Tencent").
        var indices = instruments.Where(i => i.Kind == InstrumentKind.Index).ToList();
        var indexMarket = indices.Select(i => IndexCatalog.Find(i.Key)?.Market ?? (i.Markets.Count > 0 ? i.Markets[0] : null)).FirstOrDefault(m => m is not null);
        var field = instruments.Where(i => i.Kind == kind).ToList();
        var date = query.Date ?? (IsShortFollowUp(words) && context.Date is { } previous ? SameDay(previous) : null);
        return query with
        {
            Intent = kind == InstrumentKind.Sector && undirected ? QuestionIntent.Sectors : QuestionIntent.Ranking,
            Direction = direction,
            Kind = kind,
            Instruments = field,
            Market = query.Market ?? indexMarket ?? (IsShortFollowUp(words) ? context.Market : null),
            MarketInferred = query.Market is null && indexMarket is not null,
            Within = [.. indices.SelectMany(i => InstrumentIndex.NamesOf(i)).Where(n => n.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase)],
            Categories = categories,
            Count = FindCount(tokens),
            Date = date,
        };
    }

    // Nothing named: a session question, or a follow-up on the previous answer ("and yesterday?", "why?").
    private static Query FollowUp(Query query, HashSet<string> words, ConversationContext context, InstrumentIndex index)
    {
        var previous = context.Instruments.Select(key => index.Entries.FirstOrDefault(e => e.Key == key)).OfType<InstrumentEntry>().ToList();
        var why = words.Overlaps(QuestionWords.Why);
        if (previous.Count > 0 && (why || (query.Date is not null && IsShortFollowUp(words))))
        {
            var intent = why ? QuestionIntent.Reason : context.Intent ?? QuestionIntent.Move;
            var date = query.Date ?? (context.Date is { } day ? SameDay(day) : null);
            return query with { Intent = intent, Instruments = previous, Date = date, DateAsked = query.DateAsked || context.DateAsked };
        }
        if (context.Intent is QuestionIntent.Ranking or QuestionIntent.Sectors or QuestionIntent.Summary && query.Date is not null && IsShortFollowUp(words))
        {
            return query with { Intent = context.Intent.Value, Market = query.Market ?? context.Market };
        }
        if (words.Overlaps(QuestionWords.SectorWords))
        {
            return query with { Intent = QuestionIntent.Sectors };
        }
        if (query.Date is not null || query.Market is not null || words.Overlaps(QuestionWords.Summary))
        {
            return query with { Intent = QuestionIntent.Summary };
        }
        return query;
    }

    // "and yesterday?", "what about Geely?", "why?": a few words that lean on the previous answer.
    private static bool IsShortFollowUp(HashSet<string> words) =>
        words.Count <= 5 && (words.Contains("and") || words.Contains("about") || words.Contains("then") || words.Contains("why") || words.Count <= 3);

    private static (List<InstrumentEntry> Found, List<(string, IReadOnlyList<InstrumentEntry>)> Ambiguous, Dictionary<string, string> Said) FindInstruments(
        List<QuestionToken> tokens, bool[] used, InstrumentIndex index)
    {
        var found = new List<InstrumentEntry>();
        var said = new Dictionary<string, string>(StringComparer.Ordinal);
        var ambiguous = new List<(string, IReadOnlyList<InstrumentEntry>)>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = Match(tokens, used, i, index);
            if (match is null)
            {
                i++;
                continue;
            }
            var (length, entries, exact) = match.Value;
            for (var k = i; k < i + length; k++)
            {
                used[k] = true;
            }
            if (entries.Count == 1 || entries.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count() == 1)
            {
                if (found.All(f => f.Key != entries[0].Key))
                {
                    found.Add(entries[0]);
                    if (exact)
                    {
                        said[entries[0].Key] = InstrumentIndex.Spelling(entries[0], InstrumentNames.Normalize(Span(tokens, i, length)));
                    }
                }
            }
            else
            {
                ambiguous.Add((Span(tokens, i, length), entries));
            }
            i += length;
        }
        return (found, ambiguous, said);
    }

    // Exact is true when a whole name matched (not its leading words, not a near spelling).
    private static (int Length, IReadOnlyList<InstrumentEntry> Entries, bool Exact)? Match(List<QuestionToken> tokens, bool[] used, int at, InstrumentIndex index)
    {
        var longest = Math.Min(index.MaxWords + 2, tokens.Count - at);
        for (var length = Math.Max(longest, 1); length >= 1; length--)
        {
            if (Usable(tokens, used, at, length) && !AllFiller(tokens, at, length)
                && index.Exact(InstrumentNames.Normalize(Span(tokens, at, length))) is { Count: > 0 } exact)
            {
                return (length, exact, true);
            }
        }
        (int Length, IReadOnlyList<InstrumentEntry> Entries, bool Exact)? leading = null;
        for (var length = Math.Min(4, tokens.Count - at); length >= 1 && IsNameStart(tokens[at]); length--)
        {
            if (Usable(tokens, used, at, length) && index.Prefix(InstrumentNames.Normalize(Span(tokens, at, length))) is { Count: > 0 and <= 6 } prefix)
            {
                leading = (length, prefix, false);
                break;
            }
        }
        if (!IsNameStart(tokens[at]) && (at + 1 >= tokens.Count || !IsNameStart(tokens[at + 1])))
        {
            return leading;
        }
        // A near spelling of more of the words ("Hang Sang") says more than the leading words alone ("Hang").
        for (var length = Math.Min(3, tokens.Count - at); length > (leading?.Length ?? 0); length--)
        {
            var normalized = InstrumentNames.Normalize(Span(tokens, at, length));
            // Names may hold filler and place words ("HK Electric", "China Mobile"), but a near spelling of
            // filler alone is no name.
            if (Usable(tokens, used, at, length) && normalized.Length >= 4 && !AllFiller(tokens, at, length)
                && !QuestionWords.Filler.Contains(tokens[at + length - 1].Lower)
                && index.Near(normalized, normalized.Count(c => c == ' ') + 1) is { Count: > 0 } near)
            {
                return (length, near, false);
            }
        }
        return leading;
    }

    // Words that could begin a name: not filler, not a market or category word, not a number on its own.
    private static bool IsNameStart(QuestionToken token) =>
        !QuestionWords.Filler.Contains(token.Lower) && !QuestionWords.Categories.ContainsKey(token.Lower)
        && !IsMarketWord(token.Lower) && !token.Lower.All(char.IsAsciiDigit) || token.Lower.Length >= 3 && token.Lower.All(char.IsAsciiDigit);

    private static bool Usable(List<QuestionToken> tokens, bool[] used, int at, int length)
    {
        for (var k = at; k < at + length; k++)
        {
            if (used[k])
            {
                return false;
            }
        }
        return true;
    }

    private static bool AllFiller(List<QuestionToken> tokens, int at, int length)
    {
        for (var k = at; k < at + length; k++)
        {
            if (!QuestionWords.Filler.Contains(tokens[k].Lower) || tokens[k].Text.Length > 1 && tokens[k].Text.All(char.IsUpper))
            {
                return false;
            }
        }
        return true;
    }

    private static string Span(List<QuestionToken> tokens, int at, int length) =>
        string.Join(' ', tokens.Skip(at).Take(length).Select(t => t.Text));

    private static string? FindMarket(List<QuestionToken> tokens, bool[] used)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            foreach (var (phrase, _, market) in Venues.Phrases.OrderByDescending(p => p.Words.Length))
            {
                if (i + phrase.Length > tokens.Count || !phrase.Select((w, k) => tokens[i + k].Lower == w && !used[i + k]).All(x => x))
                {
                    continue;
                }
                // "us" is a pronoun unless written "US".
                if (phrase is ["u.s."] || tokens[i].Lower != "us" || tokens[i].Text == "US")
                {
                    for (var k = i; k < i + phrase.Length; k++)
                    {
                        used[k] = true;
                    }
                    return market;
                }
            }
            if (tokens[i].Text == "US")
            {
                used[i] = true;
                return "US";
            }
        }
        return null;
    }

    private static bool IsMarketWord(string lower) => lower != "us" && Venues.Phrases.Any(p => p.Words.Length == 1 && p.Words[0] == lower);

    private static List<IReadOnlyList<string>> FindCategories(List<QuestionToken> tokens, bool[] used)
    {
        var categories = new List<IReadOnlyList<string>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i])
            {
                continue;
            }
            var word = tokens[i].Lower;
            if (QuestionWords.Categories.TryGetValue(word, out var terms))
            {
                // The word as typed comes first: it names the category in the answer.
                categories.Add([word, .. terms.Where(t => t != word)]);
                used[i] = true;
            }
            else if (!QuestionWords.Filler.Contains(word) && !IsMarketWord(word) && word.Length >= 4 && !word.All(char.IsAsciiDigit)
                && !QuestionWords.Numbers.ContainsKey(word))
            {
                // A word the lexicon does not know ("renewable", "gaming") is looked for as it is.
                categories.Add([word]);
                used[i] = true;
            }
        }
        return categories;
    }

    private static int? FindCount(List<QuestionToken> tokens)
    {
        foreach (var token in tokens)
        {
            if (int.TryParse(token.Lower, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 20)
            {
                return number;
            }
            if (QuestionWords.Numbers.TryGetValue(token.Lower, out var word))
            {
                return word;
            }
        }
        return null;
    }

    // The words left once names, dates, markets and filler are set aside: a name no recap mentions.
    private static string? Residue(List<QuestionToken> tokens, bool[] used, string text)
    {
        int? start = null;
        var end = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // Two-letter words ("eq", "or") are not names unless written in capitals ("GE").
            if (used[i] || QuestionWords.Filler.Contains(token.Lower) || token.Lower.All(char.IsAsciiDigit) && token.Lower.Length < 3
                || token.Text.Length < 3 && !token.Text.All(char.IsUpper))
            {
                if (start is not null)
                {
                    break;
                }
                continue;
            }
            start ??= token.Start;
            end = token.End;
        }
        return start is { } first ? text[first..end] : null;
    }

    private static DateQuery SameDay(DateOnly date) => new(DateQueryKind.Day, date, date, 0, MarketText.Date(date));

    private static string Clean(string question)
    {
        var text = question.Length > MaxLength ? question[..MaxLength] : question;
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        }).Trim();
    }
}
