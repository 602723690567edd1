namespace Recaps.Core.Parsing;

/// <summary>
/// Multi-word phrases looked up by their first word, longest first, so matching at a token costs
/// one dictionary probe instead of a scan of every phrase.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirst = new(StringComparer.Ordinal);

    public PhraseTable(IEnumerable<(string[] Words, T Value)> phrases)
    {
        foreach (var (words, value) in phrases)
        {
            if (!byFirst.TryGetValue(words[0], out var list))
            {
                byFirst[words[0]] = list = [];
            }

            list.Add((words, value));
        }

        foreach (var list in byFirst.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    /// <summary>The phrases that start with the token at <paramref name="at"/>, longest first; test each with <see cref="Matches"/>.</summary>
    public IReadOnlyList<(string[] Words, T Value)> Candidates(List<Token> tokens, int at) =>
        at < tokens.Count && byFirst.TryGetValue(tokens[at].Lower, out var list) ? list : [];

    /// <summary>The longest phrase starting at <paramref name="at"/>, if any.</summary>
    public bool TryMatch(List<Token> tokens, int at, out T value, out int length)
    {
        if (at < tokens.Count && byFirst.TryGetValue(tokens[at].Lower, out var list))
        {
            foreach (var (words, candidate) in list)
            {
                if (Matches(tokens, at, words))
                {
                    value = candidate;
                    length = words.Length;
                    return true;
                }
            }
        }

        value = default!;
        length = 0;
        return false;
    }

    public static bool Matches(List<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!string.Equals(tokens[at + k].Lower, words[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
