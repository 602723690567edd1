using System.Text;

namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// The part of Unicode NFKD that score.py's norm() depends on ("é" -> "e", "００７００" -> "00700", "ﬁ" -> "fi").
/// The app runs with InvariantGlobalization, where string.Normalize does not decompose, so the mapping is
/// read from nfkd-fold.tsv (generated from Python's unicodedata; see its header).
/// </summary>
internal static class NfkdFolding
{
    private static readonly Lazy<Dictionary<int, string>> Map = new(Load);

    public static string Fold(string s)
    {
        if (s.All(char.IsAscii))
        {
            return s;
        }

        var map = Map.Value;
        var folded = new StringBuilder(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            if (map.TryGetValue(rune.Value, out var replacement))
            {
                folded.Append(replacement);
            }
            else
            {
                folded.Append(rune.ToString());
            }
        }

        return folded.ToString();
    }

    private static Dictionary<int, string> Load()
    {
        var assembly = typeof(NfkdFolding).Assembly;
        using var stream = assembly.GetManifestResourceStream("Recaps.Core.Tests.Corpus.nfkd-fold.tsv")
            ?? throw new InvalidOperationException("embedded resource nfkd-fold.tsv is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var map = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var replacement = line[..tab];
            foreach (var rune in line[(tab + 1)..].EnumerateRunes())
            {
                map[rune.Value] = replacement;
            }
        }

        return map;
    }
}
