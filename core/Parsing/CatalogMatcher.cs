using Recaps.Core.Instruments;

namespace Recaps.Core.Parsing;

/// <summary>Finds catalogue indices in a token stream: longest alias first, with the case rules short names need.</summary>
internal sealed class CatalogMatcher
{
    private readonly Dictionary<string, List<(string[] Words, IndexDefinition Index, bool Context)>> byFirstWord = new(StringComparer.Ordinal);

    public CatalogMatcher(IEnumerable<IndexDefinition> indices)
    {
        foreach (var index in indices)
        {
            Add(index.Name, index, context: false);
            foreach (var alias in index.Aliases)
            {
                Add(alias, index, context: false);
            }

            foreach (var alias in index.ContextAliases)
            {
                Add(alias, index, context: true);
            }
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    private void Add(string alias, IndexDefinition index, bool context)
    {
        var words = Tokenizer.Tokenize(alias).Select(t => t.Lower).ToArray();
        if (!byFirstWord.TryGetValue(words[0], out var list))
        {
            byFirstWord[words[0]] = list = [];
        }

        list.Add((words, index, context));
    }

    /// <summary>The index named at <paramref name="at"/>, and how many tokens it spans.</summary>
    public (IndexDefinition Index, int Length)? Match(List<Token> tokens, int at, string articleMarket)
    {
        if (!byFirstWord.TryGetValue(tokens[at].Lower, out var candidates))
        {
            return null;
        }

        foreach (var (words, index, context) in candidates)
        {
            if (at + words.Length > tokens.Count || !Matches(tokens, at, words))
            {
                continue;
            }

            var first = tokens[at];
            // Short names ("Dow", "STI", "Finance") only count when written as names.
            if ((words.Length == 1 || context) && !first.IsCapitalized && first.Kind != TokenKind.Ticker)
            {
                continue;
            }

            if (context && index.Market != articleMarket)
            {
                continue;
            }

            // "Hang Seng Bank", "Dow Chemical": the catalogue name is only the start of a company's.
            var next = at + words.Length < tokens.Count ? tokens[at + words.Length] : Token.None;
            if (next.Kind == TokenKind.Word && next.IsCapitalized && !Lexicon.NotNames.Contains(next.Lower) && next.Lower is not ("index" or "sub-index"))
            {
                continue;
            }

            return (index, words.Length);
        }

        return null;
    }

    private static bool Matches(List<Token> tokens, int at, string[] words)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
