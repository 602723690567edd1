using Recaps.Core.Instruments;

namespace Recaps.Core.Parsing;

/// <summary>Finds catalogue indices in a token stream: longest alias first, with the case rules short names need.</summary>
internal sealed class CatalogMatcher
{
    private readonly PhraseTable<(IndexDefinition Index, bool Context)> aliases;

    public static CatalogMatcher Default { get; } = new(IndexCatalog.All);

    public CatalogMatcher(IEnumerable<IndexDefinition> indices)
    {
        var phrases = new List<(string[], (IndexDefinition, bool))>();
        foreach (var index in indices)
        {
            phrases.Add((Words(index.Name), (index, false)));
            phrases.AddRange(index.Aliases.Select(a => (Words(a), (index, false))));
            phrases.AddRange(index.ContextAliases.Select(a => (Words(a), (index, true))));
        }

        aliases = new PhraseTable<(IndexDefinition, bool)>(phrases);
    }

    private static string[] Words(string alias) => Tokenizer.TokenizeRaw(alias).Select(t => t.Lower).ToArray();

    /// <summary>The index named at <paramref name="at"/>, and how many tokens it spans.</summary>
    public (IndexDefinition Index, int Length)? Match(List<Token> tokens, int at, string articleMarket)
    {
        if (!tokens[at].Has(WordFlags.CatalogStart))
        {
            return null;
        }

        foreach (var (words, (index, context)) in aliases.Candidates(tokens, at))
        {
            if (!PhraseTable<(IndexDefinition, bool)>.Matches(tokens, at, words))
            {
                continue;
            }

            var length = words.Length;
            var first = tokens[at];
            // Short names ("Dow", "STI", "Finance") only count when written as names.
            if ((length == 1 || context) && !first.IsCapitalized && first.Kind != TokenKind.Ticker)
            {
                continue;
            }

            if (context && index.Market != articleMarket)
            {
                continue;
            }

            // "Hang Seng Bank", "Dow Chemical": the catalogue name is only the start of a company's.
            var next = at + length < tokens.Count ? tokens[at + length] : Token.None;
            if (next.Kind == TokenKind.Word && next.IsCapitalized && (next.IsAllCaps || !Lexicon.NotNames.Contains(next.Lower)) && next.Lower is not ("index" or "sub-index"))
            {
                continue;
            }

            return (index, length);
        }

        return null;
    }
}
