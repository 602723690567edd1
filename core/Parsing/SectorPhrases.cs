namespace Recaps.Core.Parsing;

/// <summary>Builds sector mentions from a found phrase: one per coordinated sector, each with its sector key.</summary>
internal static class SectorPhrases
{
    public static List<Mention> SplitCoordination(List<Token> tokens, List<(int Start, int Index)> phrase, int h)
    {
        var start = phrase[0].Index;
        var joins = CountJoins(tokens, start, h);
        var themed = Lexicon.ThemeHeads.Contains(tokens[h].Lower);
        if (joins == 0 || (themed && joins == 1))
        {
            return [Make(tokens, start, h, -1)];
        }

        // Before a head that is a sector by itself each item is its own sector:
        // "consumer electronics, non-ferrous metals and brokerages"; otherwise each item takes the shared
        // head: "coal, airline and banking shares".
        var standalone = Lexicon.StandaloneHeads.Contains(tokens[h].Lower);
        var parts = new List<Mention>();
        var segmentStart = start;
        for (var k = start; k <= h; k++)
        {
            var t = tokens[k];
            if (t.Lower == "and" || t.IsPunct(','))
            {
                parts.Add(standalone ? Make(tokens, segmentStart, k - 1, -1) : MakeWithHead(tokens, segmentStart, k - 1, h));
                segmentStart = k + 1;
            }
        }

        parts.Add(Make(tokens, segmentStart, h, -1));
        return parts;
    }

    private static int CountJoins(List<Token> tokens, int from, int to)
    {
        var n = 0;
        for (var k = from; k < to; k++)
        {
            n += tokens[k].IsPunct(',') || tokens[k].Lower == "and" ? 1 : 0;
        }

        return n;
    }

    public static Mention Make(List<Token> tokens, int from, int to, int group)
    {
        var words = new List<string>();
        for (var k = from; k <= to; k++)
        {
            if (tokens[k].IsWord)
            {
                words.Add(tokens[k].Text);
            }
        }

        // "Tech sentiment was lifted": the sector is "Tech"; the head says only how it was talked about.
        if (words.Count > 1 && words[^1].Equals("sentiment", StringComparison.OrdinalIgnoreCase))
        {
            words.RemoveAt(words.Count - 1);
        }

        var surface = string.Join(' ', words);
        return new Mention { Kind = MentionKind.Sector, Start = from, End = to + 1, Surface = surface, Key = SectorKey(words), Coordination = group };
    }

    private static Mention MakeWithHead(List<Token> tokens, int from, int to, int head)
    {
        var words = new List<string>();
        for (var k = from; k <= to; k++)
        {
            words.Add(tokens[k].Text);
        }

        words.Add(tokens[head].Text);
        return new Mention { Kind = MentionKind.Sector, Start = from, End = to + 1, Surface = string.Join(' ', words), Key = SectorKey(words) };
    }

    /// <summary>The sorted canonical sector words: "tech stocks" and "technology names" are one sector.</summary>
    public static string SectorKey(IEnumerable<string> words)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var part in word.ToLowerInvariant().Split('-'))
            {
                if (Lexicon.SectorWords.TryGetValue(part, out var key))
                {
                    keys.Add(key);
                }
            }

            if (Lexicon.SectorWords.TryGetValue(word, out var whole))
            {
                keys.Add(whole);
            }
        }

        return string.Join('+', keys);
    }
}
