namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's stem() and stems(): sector names compare by their content words.</summary>
internal static class SectorStems
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "sector", "sub", "stock", "share", "name", "maker", "industry", "producer", "play", "equitie", "equity", "counter", "issue",
    };

    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["tech"] = "technology", ["pharma"] = "pharmaceutical", ["pharmaceutical"] = "pharmaceutical",
        ["propertie"] = "property", ["developer"] = "property", ["realty"] = "property", ["bank"] = "bank",
        ["lender"] = "bank", ["insurer"] = "insurance", ["automaker"] = "auto", ["carmaker"] = "auto",
        ["automobile"] = "auto", ["ev"] = "electric vehicle", ["chipmaker"] = "chip", ["semiconductor"] = "chip",
        ["miner"] = "mining", ["metal"] = "metal", ["utilitie"] = "utility", ["utiltie"] = "utility",
        ["healthcare"] = "health", ["biotech"] = "biotechnology", ["consumer"] = "consumer",
    };

    /// <summary>Plural to singular ("-ies" -> "-ie", "-s" -> ""), then the synonym table.</summary>
    public static string Stem(string word)
    {
        if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            word = word[..^3] + "ie";
        }
        else if (word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            word = word[..^1];
        }

        return Synonyms.GetValueOrDefault(word, word);
    }

    public static IReadOnlySet<string> Of(string? name)
    {
        var stems = NameNormalizer.Norm(name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(Stem)
            .ToHashSet(StringComparer.Ordinal);
        stems.ExceptWith(Filler);
        return stems;
    }
}
