namespace Recaps.Core.Parsing;

/// <summary>
/// Finds what a sentence names, left to right: catalogue indices, places and exchanges, sectors,
/// pronouns, blocking nouns and company names (with their tickers and bracketed short names).
/// </summary>
internal sealed class MentionFinder(CatalogMatcher catalog)
{
    private static readonly HashSet<string> Prepositions =
    [
        "on", "to", "of", "in", "off", "for", "against", "than", "into", "from", "at", "across", "over", "under", "behind",
        "toward", "towards", "above", "below", "beyond", "like", "past", "onto", "about",
    ];

    internal static readonly HashSet<string> IndexAdjectives =
    [
        "the", "a", "benchmark", "blue-chip", "broader", "broad", "main", "key", "smaller", "start-up", "board", "tech-heavy",
        "tech-focused", "technology-heavy", "wider", "whole", "entire", "local", "leading", "large-cap", "small-cap", "bellwether",
    ];

    private static readonly HashSet<string> ModifierFollowers =
    [
        "sub-index", "sub-indexes", "sub-indices", "constituent", "constituents", "heavyweight", "heavyweights", "performers",
        "gainers", "losers", "fallers", "laggards", "members", "member", "list", "futures", "component", "components", "firms",
        "companies", "counters", "board", "stocks", "shares", "names", "gauge", "weighting", "rebalancing", "sectors", "sector",
        "tracker", "etf", "options", "volatility",
    ];

    internal static readonly HashSet<string> MarketNouns = ["shares", "stocks", "equities", "market", "markets", "bourse", "bourses"];

    internal static readonly HashSet<string> MoveNouns =
    [
        "drop", "gain", "rise", "fall", "decline", "rally", "loss", "slide", "advance", "climb", "jump", "surge", "move", "slump",
        "rebound", "increase", "decrease",
    ];

    public List<Mention> Find(List<Token> tokens, Sentence sentence, string market)
    {
        var mentions = new List<Mention>();
        var sectors = SectorFinder.Find(tokens, sentence.IsTitleCase);
        var nextSector = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            while (nextSector < sectors.Count && sectors[nextSector].Start < i)
            {
                nextSector++;
            }

            var t = tokens[i];
            if (catalog.Match(tokens, i, market) is { } index)
            {
                var m = new Mention
                {
                    Kind = index.Index.IsSector ? MentionKind.Sector : MentionKind.Index,
                    Start = i,
                    End = i + index.Length,
                    Surface = Surface(tokens, i, i + index.Length),
                    Key = index.Index.Key,
                    Market = index.Index.Market,
                };
                Classify(tokens, m);
                m.IsModifier |= nextSector < sectors.Count && sectors[nextSector].Start == m.End;
                AttachTicker(tokens, m);
                mentions.Add(m);
                i = m.End;
                continue;
            }

            if (nextSector < sectors.Count && sectors[nextSector].Start == i)
            {
                var sector = sectors[nextSector++];
                sector.IsDescriptor = sector.End < tokens.Count && tokens[sector.End].IsCapitalized && !Lexicon.NotNames.Contains(tokens[sector.End].Lower);
                Classify(tokens, sector);
                AttachTicker(tokens, sector);
                mentions.Add(sector);
                i = sector.End;
                continue;
            }

            if (TryCommodity(tokens, i) is { } commodity)
            {
                mentions.Add(commodity);
                i = commodity.End;
                continue;
            }

            if (References.TryPronoun(tokens, i) is { } pronoun)
            {
                mentions.Add(pronoun);
                i = pronoun.End;
                continue;
            }

            if (References.TryMarket(tokens, i, market) is { } marketMention)
            {
                Classify(tokens, marketMention);
                marketMention.IsObject |= AfterPreposition(tokens, marketMention.Start);
                mentions.Add(marketMention);
                i = marketMention.End;
                continue;
            }

            if (Venues.Match(tokens, i) is { } venue && !ContinuesName(tokens, i + venue.Length))
            {
                var m = new Mention { Kind = MentionKind.Venue, Start = i, End = i + venue.Length, Surface = Surface(tokens, i, i + venue.Length), Venue = venue.Venue, Market = venue.Market };
                m.IsModifier = m.End < tokens.Count && tokens[m.End].Lower == "'s";
                mentions.Add(m);
                i = m.End;
                continue;
            }

            if (t.IsWord && !t.IsCapitalized && t.Has(WordFlags.NonMove))
            {
                mentions.Add(new Mention { Kind = MentionKind.Blocker, Start = i, End = i + 1, Surface = t.Text });
                i++;
                continue;
            }

            if (t.IsWord && t.IsCapitalized && Lexicon.NonMoveNouns.Contains(t.Lower) && !ContinuesName(tokens, i + 1))
            {
                mentions.Add(new Mention { Kind = MentionKind.Blocker, Start = i, End = i + 1, Surface = t.Text });
                i++;
                continue;
            }

            if (CompanyNames.TryRead(tokens, i) is { } company)
            {
                Classify(tokens, company);
                AttachTicker(tokens, company);
                mentions.Add(company);
                i = company.End;
                continue;
            }

            i++;
        }

        return mentions;
    }

    private static readonly PhraseTable<bool> CommodityNames = new(Lexicon.Commodities.Select(c => (Tokenizer.TokenizeRaw(c).Select(t => t.Lower).ToArray(), true)));

    /// <summary>"Brent crude rose 1.4%", "spot gold was up 0.5%", "U.S. crude futures climbed 2%": a commodity that moved.</summary>
    private static Mention? TryCommodity(List<Token> tokens, int i)
    {
        if (!CommodityNames.TryMatch(tokens, i, out _, out var length) || (i > 0 && tokens[i - 1].IsCapitalized && !tokens[i].IsCapitalized))
        {
            return null;
        }

        var k = i + length;
        while (k < tokens.Count && tokens[k].Lower is "futures" or "prices" or "price" or "was" or "were" or "is" or "also" or "contracts")
        {
            k++;
        }

        if (k >= tokens.Count || !(tokens[k].Has(WordFlags.Cue) || tokens[k].Has(WordFlags.CuePhraseStart)))
        {
            return null;
        }

        var end = i + length;
        return new Mention { Kind = MentionKind.Commodity, Start = i, End = end, Surface = Surface(tokens, i, end) };
    }

    /// <summary>Back over places, "and" and adjectives: does a preposition govern this phrase?</summary>
    private static bool AfterPreposition(List<Token> tokens, int start)
    {
        var k = start - 1;
        while (k >= 0 && (tokens[k].IsPunct(',') || tokens[k].Lower == "and" || IndexAdjectives.Contains(tokens[k].Lower) || tokens[k].IsCapitalized))
        {
            k--;
        }

        return k >= 0 && tokens[k].IsWord && Prepositions.Contains(tokens[k].Lower);
    }

    private static bool ContinuesName(List<Token> tokens, int at)
    {
        while (at < tokens.Count && tokens[at].IsCapitalized && Venues.Match(tokens, at) is { } place)
        {
            at += place.Length;
        }

        return at < tokens.Count && tokens[at].IsCapitalized && (!Lexicon.NotNames.Contains(tokens[at].Lower) || Lexicon.SoftNotNames.Contains(tokens[at].Lower))
            && tokens[at].Lower is not ("stock" or "exchange" or "stocks" or "shares");
    }

    /// <summary>Possessives and noun modifiers name other things; after a preposition a name is an object.</summary>
    private static void Classify(List<Token> tokens, Mention m)
    {
        if (m.End < tokens.Count)
        {
            var next = tokens[m.End];
            if (next.Lower == "'s")
            {
                var after = m.End + 1 < tokens.Count ? tokens[m.End + 1] : Token.None;
                m.IsModifier = !(after.Kind == TokenKind.Number || after.Lower is "own" or "shares" or "stock");
            }
            else if (next.IsWord && !next.IsCapitalized && (ModifierFollowers.Contains(next.Lower) || Lexicon.NonMoveNouns.Contains(next.Lower))
                && !(m.Kind == MentionKind.Stock && next.Lower is "shares" or "stock"))
            {
                m.IsModifier = m.Kind != MentionKind.Sector;
            }
        }

        var k = m.Start - 1;
        while (k >= 0 && tokens[k].IsWord && IndexAdjectives.Contains(tokens[k].Lower))
        {
            k--;
        }

        m.IsObject = k >= 0 && tokens[k].IsWord && Prepositions.Contains(tokens[k].Lower);
    }

    /// <summary>"Hang Seng Bank (00011)", "SoftBank Group 9984.T", "Allianz SE (DE:ALVG)", "(CATL)".</summary>
    private static void AttachTicker(List<Token> tokens, Mention m)
    {
        var at = m.End;
        if (at < tokens.Count && tokens[at].Kind == TokenKind.Ticker)
        {
            m.Ticker ??= tokens[at].Text;
            m.End = at + 1;
            at++;
        }

        if (at + 2 < tokens.Count && tokens[at].IsPunct('(') && tokens[at + 2].IsPunct(')'))
        {
            var inner = tokens[at + 1];
            if (inner.Kind == TokenKind.Number && inner.Decimals == 0 && inner.Lower.Length is >= 3 and <= 6 && inner.Value > 0)
            {
                m.Ticker = inner.Lower;
            }
            else if (inner.Kind == TokenKind.Ticker)
            {
                m.Ticker = inner.Text;
            }
            else if (inner.IsAllCaps && inner.Text.Length is >= 2 and <= 8 && inner.Text.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                m.ShortName = inner.Text;
            }
            else
            {
                return;
            }

            m.End = at + 3;
        }
    }

    internal static string Surface(List<Token> tokens, int from, int to)
    {
        if (to - from == 1)
        {
            return tokens[from].Text;
        }

        var parts = new System.Text.StringBuilder();
        for (var k = from; k < to; k++)
        {
            if (k > from && tokens[k].Start > tokens[k - 1].End)
            {
                parts.Append(' ');
            }

            parts.Append(tokens[k].Text);
        }

        return parts.ToString();
    }
}
