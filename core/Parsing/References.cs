namespace Recaps.Core.Parsing;

/// <summary>
/// Words that point back at an instrument instead of naming it: "its onshore shares", "It", "the index",
/// "the blue-chip index", "the market", "Hong Kong shares", "London's leading index".
/// </summary>
internal static class References
{
    public static Mention? TryPronoun(List<Token> tokens, int i)
    {
        var t = tokens[i];
        var next = i + 1 < tokens.Count ? tokens[i + 1] : Token.None;
        // "its onshore shares", "its Hong Kong-listed shares", "the shares", "the stock".
        if (t.Lower is "its" or "the" or "their")
        {
            var k = i + 1;
            string? venue = null;
            while (k < tokens.Count && k <= i + 4 && tokens[k].IsWord && tokens[k].Lower is not ("shares" or "stock" or "stocks"))
            {
                if (Venues.Match(tokens, k) is { } v)
                {
                    venue = v.Venue;
                    k += v.Length;
                    continue;
                }

                if (tokens[k].Lower is "own" or "a" or "h" or "listed" or "-listed" or "company's" or "company" or "'s" or "offshore")
                {
                    k++;
                    continue;
                }

                break;
            }

            if (k < tokens.Count && tokens[k].Lower is "a-shares" or "h-shares" && t.Lower is "its" or "their")
            {
                return new Mention { Kind = MentionKind.Pronoun, Start = i, End = k + 1, Surface = MentionFinder.Surface(tokens, i, k + 1), Key = "stock", Venue = venue ?? (tokens[k].Lower == "a-shares" ? "CN" : "HK") };
            }

            if (k < tokens.Count && tokens[k].Lower is "shares" or "stock" && (t.Lower == "its" || k == i + 1 || tokens[k - 1].Lower == "'s"))
            {
                return new Mention { Kind = MentionKind.Pronoun, Start = i, End = k + 1, Surface = MentionFinder.Surface(tokens, i, k + 1), Key = "stock", Venue = venue };
            }

            if (t.Lower == "the" && next.Lower is "index" or "gauge" && (i + 2 >= tokens.Count || !tokens[i + 2].IsCapitalized))
            {
                return new Mention { Kind = MentionKind.Pronoun, Start = i, End = i + 2, Surface = MentionFinder.Surface(tokens, i, i + 2), Key = "index" };
            }

            // "the blue-chip index", "the benchmark": the market's main index, not whichever index came last.
            var a = i + 1;
            while (a < tokens.Count && MentionFinder.IndexAdjectives.Contains(tokens[a].Lower) && !(tokens[a].Lower == "benchmark" && IsIndexNounEnd(tokens, a)))
            {
                a++;
            }

            if (a < tokens.Count && tokens[a].Lower is "index" or "gauge" or "benchmark" && (a > i + 1 || tokens[a].Lower == "benchmark") && IsIndexNounEnd(tokens, a))
            {
                return new Mention { Kind = MentionKind.Market, Start = i, End = a + 1, Surface = MentionFinder.Surface(tokens, i, a + 1) };
            }

            // "The drop erased ...", "Its decline helped ...": the move just reported.
            if (i == 0 && next.IsWord && MentionFinder.MoveNouns.Contains(next.Lower))
            {
                return new Mention { Kind = MentionKind.Pronoun, Start = i, End = i + 2, Surface = MentionFinder.Surface(tokens, i, i + 2), Key = "any" };
            }
        }

        if (t.Lower == "it" && (i == 0 || tokens[i - 1].IsPunct(',') || tokens[i - 1].Lower is "and" or "but" or "while")
            && (next.Has(WordFlags.Cue) || next.Has(WordFlags.CuePhraseStart) || next.Lower is "closed" or "ended" or "finished"
                || (next.Lower is "has" or "had" or "was" or "is" && i + 2 < tokens.Count && (tokens[i + 2].Has(WordFlags.Cue) || tokens[i + 2].Has(WordFlags.CuePhraseStart)))))
        {
            return new Mention { Kind = MentionKind.Pronoun, Start = i, End = i + 1, Surface = t.Text, Key = "any" };
        }

        return null;
    }

    private static bool IsIndexNounEnd(List<Token> tokens, int at) =>
        at + 1 >= tokens.Count || !(tokens[at + 1].IsCapitalized || tokens[at + 1].Lower is "index" or "gauge");

    /// <summary>"the market", "Hong Kong shares", "London's leading index": the market's benchmark.</summary>
    public static Mention? TryMarket(List<Token> tokens, int i, string articleMarket)
    {
        var t = tokens[i];
        if (t.Lower == "the" && i + 1 < tokens.Count && tokens[i + 1].Lower is "market" or "main" && (tokens[i + 1].Lower == "market" || (i + 2 < tokens.Count && tokens[i + 2].Lower == "board")))
        {
            var end = tokens[i + 1].Lower == "market" ? i + 2 : i + 3;
            return new Mention { Kind = MentionKind.Market, Start = i, End = end, Surface = MentionFinder.Surface(tokens, i, end), Market = articleMarket };
        }

        if (Venues.Match(tokens, i) is not { } place)
        {
            return null;
        }

        var k = i + place.Length;
        var possessive = k < tokens.Count && tokens[k].Lower == "'s";
        if (possessive)
        {
            k++;
        }

        // "Hong Kong's benchmark", "London's leading index", "the Shanghai index".
        while (k < tokens.Count && MentionFinder.IndexAdjectives.Contains(tokens[k].Lower) && !(tokens[k].Lower == "benchmark" && IsIndexNounEnd(tokens, k)))
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].Lower is "index" or "benchmark" or "gauge" or "market" && (possessive || tokens[k].Lower != "market") && IsIndexNounEnd(tokens, k))
        {
            return new Mention { Kind = MentionKind.Market, Start = i, End = k + 1, Surface = MentionFinder.Surface(tokens, i, k + 1), Market = place.Market };
        }

        if (possessive)
        {
            return null;
        }

        k = i + place.Length;

        if (k < tokens.Count && MentionFinder.MarketNouns.Contains(tokens[k].Lower))
        {
            return new Mention { Kind = MentionKind.Market, Start = i, End = k + 1, Surface = MentionFinder.Surface(tokens, i, k + 1), Market = place.Market };
        }

        return null;
    }
}
