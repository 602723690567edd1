namespace Recaps.Core.Parsing;

/// <summary>
/// Finds sector phrases: modifiers ending in a head noun ("tech stocks", "EV producers", "the real
/// estate index"), split where "and" joins two sectors that share a head ("property and consumer
/// equities"), kept whole where the head names a theme ("consumer and industrial plays").
/// </summary>
internal static class SectorFinder
{
    private static readonly HashSet<string> Stop =
    [
        "the", "a", "an", "of", "in", "on", "at", "to", "by", "for", "with", "from", "its", "their", "his", "her", "our", "this",
        "that", "these", "those", "among", "amongst", "as", "or", "but", "while", "whereas", "were", "was", "is", "are", "be",
        "been", "also", "all", "most", "many", "some", "other", "such", "including", "than", "into", "over", "under", "both",
        "more", "less", "about", "after", "before", "during", "within", "across", "between", "which", "who", "where", "when",
        "interest", "investors", "buying", "selling", "demand", "strength", "weakness", "losses", "gains", "rally", "by",
        "sector-wise", "big", "biggest", "largest", "major", "key", "top", "new", "said", "it", "they", "we", "alongside", "ahead",
        "behind", "led", "emerging", "during", "versus", "toward", "towards", "via", "despite", "amid", "except", "beside", "besides",
        "unlike", "per", "within", "upon", "onto", "out", "off", "up", "down", "not", "no", "only", "even", "still", "yet", "again",
        "hits", "lifts", "drags", "boosts", "weighs", "pushes", "sends", "carry", "carries", "led", "leads", "helped", "hit",
    ];

    private static readonly HashSet<string> Followers =
    [
        ",", ".", ";", ":", ")", "and", "such", "including", "like", "as", "in", "on", "at", "with", "from", "to", "that", "which",
        "were", "was", "is", "are", "also", "all", "led", "posted", "saw", "stayed", "held", "topped", "dominated", "emerging",
        "outperformed", "underperformed", "sold", "pulled", "went", "moved", "kept", "extended", "continued", "bucked",
        "suffered", "registered", "recorded", "notched", "hit", "set", "touched", "remained", "traded", "ended", "closed",
        "finished", "performed", "trailed", "lagged", "broadly", "mostly", "generally", "collectively", "again", "too",
        "across", "had", "have", "has", "made", "among", "of", "within", "where", "—", "-", "performance",
    ];

    public static List<Mention> Find(List<Token> tokens, bool titleCase)
    {
        if (!tokens.Exists(t => (t.Flags & (WordFlags.SectorHead | WordFlags.SectorWord)) != 0))
        {
            return [];
        }

        var found = new List<Mention>();
        var coordination = 0;
        for (var h = 0; h < tokens.Count; h++)
        {
            var head = tokens[h];
            if (!head.IsWord || !head.Has(WordFlags.SectorHead))
            {
                continue;
            }

            if (h + 1 < tokens.Count && !FollowsSector(tokens[h + 1]))
            {
                continue;
            }

            var phrase = CollectModifiers(tokens, h);
            if (phrase.Count == 0)
            {
                continue;
            }

            var start = phrase[0].Start;
            if (IsCounted(tokens, start) || IsInsideName(tokens, start, titleCase))
            {
                continue;
            }

            var split = SectorPhrases.SplitCoordination(tokens, phrase, h);
            var group = split.Count > 1 ? coordination++ : -1;
            foreach (var part in split)
            {
                found.Add(part);
                part.Coordination = group;
            }

            // "Shipbuilders and IT names": a standalone head just before joins the coordination.
            if (split.Count > 0 && start >= 2 && tokens[start - 1].Lower == "and" && IsStandalone(tokens[start - 2]))
            {
                var g = group >= 0 ? group : coordination++;
                foreach (var part in split)
                {
                    part.Coordination = g;
                }

                found.Add(SectorPhrases.Make(tokens, start - 2, start - 2, g));
            }
        }

        AddBareSectors(tokens, found);
        AddRelatedLists(tokens, found, ref coordination);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return RemoveOverlaps(found);
    }

    /// <summary>"Shares related to tourism, aviation and liquor led the losses": each item is a sector.</summary>
    private static void AddRelatedLists(List<Token> tokens, List<Mention> found, ref int coordination)
    {
        for (var h = 0; h + 3 < tokens.Count; h++)
        {
            if (tokens[h].Lower is not ("shares" or "stocks" or "names" or "counters") || tokens[h + 1].Lower is not ("related" or "linked" or "tied" or "exposed")
                || tokens[h + 2].Lower != "to")
            {
                continue;
            }

            var items = new List<Mention>();
            var start = h + 3;
            for (var k = start; k <= tokens.Count; k++)
            {
                var end = k == tokens.Count || tokens[k].IsPunct(',') || tokens[k].Lower == "and" || !tokens[k].IsWord
                    || Stop.Contains(tokens[k].Lower) || tokens[k].Has(WordFlags.Cue);
                if (!end)
                {
                    continue;
                }

                if (k > start && Enumerable.Range(start, k - start).Any(x => IsVocab(tokens[x].Lower)))
                {
                    items.Add(SectorPhrases.Make(tokens, start, k - 1, -1));
                }

                if (k == tokens.Count || !(tokens[k].IsPunct(',') || tokens[k].Lower == "and"))
                {
                    break;
                }

                start = k + 1;
            }

            var group = items.Count > 1 ? coordination++ : -1;
            foreach (var item in items.Where(i => !found.Any(f => f.Start < i.End && i.Start < f.End)))
            {
                item.Coordination = group;
                found.Add(item);
            }
        }
    }

    /// <summary>"... and property lost 0.22%": a sector word alone, straight before its move.</summary>
    private static void AddBareSectors(List<Token> tokens, List<Mention> found)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.IsCapitalized || !t.Has(WordFlags.SectorWord) || t.Has(WordFlags.SectorHead) || t.Lower == "it")
            {
                continue;
            }

            var before = k == 0 ? Token.None : tokens[k - 1];
            var next = tokens[k + 1];
            var isCue = Lexicon.UpWords.Contains(next.Lower) || Lexicon.DownWords.Contains(next.Lower);
            if ((k == 0 || before.Lower is "and" or "while" or "whereas" || before.IsPunct(',')) && isCue
                && (tokens[k + 2].Kind == TokenKind.Number || (k + 3 < tokens.Count && tokens[k + 3].Kind == TokenKind.Number)))
            {
                found.Add(SectorPhrases.Make(tokens, k, k, -1));
            }
        }
    }

    private static bool FollowsSector(Token next) =>
        next.Kind is TokenKind.Punct or TokenKind.Number || Followers.Contains(next.Lower) || (next.IsWord && !next.IsCapitalized && next.Lower.EndsWith("ed", StringComparison.Ordinal)) || Lexicon.UpWords.Contains(next.Lower)
        || Lexicon.DownWords.Contains(next.Lower) || Lexicon.FlatWords.Contains(next.Lower) || Lexicon.MixedWords.Contains(next.Lower)
        || next.Kind == TokenKind.Ticker || (next.IsCapitalized && !next.IsAllCaps);

    /// <summary>The phrase tokens (word indices) from the leftmost modifier to the head.</summary>
    private static List<(int Start, int Index)> CollectModifiers(List<Token> tokens, int h)
    {
        var indices = new List<int> { h };
        var hasVocab = IsVocab(tokens[h].Lower) && (Lexicon.StandaloneHeads.Contains(tokens[h].Lower) || tokens[h].Lower is "semiconductors" or "financials" or "industrials" or "utilities");
        for (var k = h - 1; k >= 0; k--)
        {
            var t = tokens[k];
            if (t.Kind != TokenKind.Word)
            {
                if (t.IsPunct(',') && k > 0 && IsVocab(tokens[k - 1].Lower) && hasVocab)
                {
                    continue;
                }

                break;
            }

            if (t.Lower == "and")
            {
                // Coordinated modifiers: "property and consumer equities", "coal, airline and banking shares".
                if (k > 0 && tokens[k - 1].IsWord && IsVocab(tokens[k - 1].Lower) && !IsStandalone(tokens[k - 1]))
                {
                    continue;
                }

                break;
            }

            if (t.Text == "IT")
            {
                indices.Add(k);
                hasVocab = true;
                continue;
            }

            if (Stop.Contains(t.Lower) || t.Has(WordFlags.NonMove) || Lexicon.UpWords.Contains(t.Lower) || Lexicon.DownWords.Contains(t.Lower) || t.Lower == "'s")
            {
                break;
            }

            // A capital only says "name" mid-sentence; "Innovative drug makers" opens a sentence.
            var sentenceInitial = k == 0 && indices.All(x => !tokens[x].IsCapitalized || tokens[x].Text == "IT");
            if (t.IsCapitalized && !IsVocab(t.Lower) && !sentenceInitial)
            {
                break;
            }

            if (t.IsCapitalized && Lexicon.NotNames.Contains(t.Lower) && !IsVocab(t.Lower) && !sentenceInitial)
            {
                break;
            }

            indices.Add(k);
            hasVocab |= IsVocab(t.Lower);
        }

        if (!hasVocab)
        {
            return [];
        }

        indices.Reverse();
        return indices.Select(i => (i, i)).ToList();
    }

    private static bool IsVocab(string lower)
    {
        if (Lexicon.SectorWords.ContainsKey(lower))
        {
            return true;
        }

        var dash = lower.IndexOf('-');
        return dash > 0 && (lower.EndsWith("-linked", StringComparison.Ordinal) || lower.EndsWith("-related", StringComparison.Ordinal)
            || lower.EndsWith("-themed", StringComparison.Ordinal) || lower.EndsWith("-focused", StringComparison.Ordinal)
            || lower.EndsWith("-concept", StringComparison.Ordinal)) && !lower.StartsWith("tech-", StringComparison.Ordinal);
    }

    private static bool IsStandalone(Token t) => t.IsWord && Lexicon.StandaloneHeads.Contains(t.Lower);

    /// <summary>"the three local lenders", "the ten largest heavyweights": a set of named stocks, not a sector.</summary>
    private static bool IsCounted(List<Token> tokens, int start)
    {
        if (start > 0 && tokens[start - 1].Kind == TokenKind.Number && tokens[start - 1].Decimals == 0 && tokens[start - 1].Value < 100
            && !(start > 1 && tokens[start - 2].IsCapitalized))
        {
            return true;
        }

        for (var k = start - 1; k >= Math.Max(0, start - 4) && tokens[k].IsWord; k--)
        {
            if (Lexicon.CountWords.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Hang Lung Properties": a capitalised word just before makes the phrase part of a name.</summary>
    private static bool IsInsideName(List<Token> tokens, int start, bool titleCase)
    {
        if (titleCase)
        {
            return true;
        }

        return start > 0 && tokens[start - 1].IsCapitalized && !Lexicon.NotNames.Contains(tokens[start - 1].Lower);
    }

    private static List<Mention> RemoveOverlaps(List<Mention> sorted)
    {
        var kept = new List<Mention>();
        foreach (var m in sorted)
        {
            if (kept.Count > 0 && m.Start < kept[^1].End)
            {
                if (m.End - m.Start > kept[^1].End - kept[^1].Start)
                {
                    kept[^1] = m;
                }

                continue;
            }

            kept.Add(m);
        }

        return kept;
    }
}
