using System.Text.RegularExpressions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's norm() and names(): how instrument names are compared.</summary>
internal static partial class NameNormalizer
{
    /// <summary>
    /// Folds compatibility characters (NFKD), lower-cases, turns every non [a-z0-9 ] character into a space, drops
    /// possessive 's and company/index suffixes, and reduces an all-digit ticker to its value ("00700" -> "700").
    /// </summary>
    public static string Norm(string? name)
    {
        if (name is null)
        {
            return "";
        }

        var s = NfkdFolding.Fold(name).ToLowerInvariant();
        s = Possessive().Replace(s, "");
        s = NonAlphanumeric().Replace(s, " ");
        if (DigitsOnly().IsMatch(s))
        {
            var digits = s.Trim().TrimStart('0');
            return digits.Length == 0 ? "0" : digits;
        }

        s = Suffixes().Replace(s, " ");
        return Whitespace().Replace(s, " ").Trim();
    }

    /// <summary>Every normalised name a move goes by: its name (or, if that normalises to nothing, the raw name), aliases and codes.</summary>
    public static IReadOnlySet<string> Names(ScoredMove move)
    {
        var primary = Norm(move.Name);
        var names = new HashSet<string>(StringComparer.Ordinal)
        {
            primary.Length > 0 ? primary : (move.Name ?? "").ToLowerInvariant().Trim(),
        };
        foreach (var other in move.Aliases.Concat(move.Codes))
        {
            names.Add(Norm(other));
        }

        names.Remove("");
        return names;
    }

    [GeneratedRegex("[’'`]s\\b")]
    private static partial Regex Possessive();

    [GeneratedRegex("[^a-z0-9 ]+")]
    private static partial Regex NonAlphanumeric();

    [GeneratedRegex("^\\s*0*\\d+\\s*$")]
    private static partial Regex DigitsOnly();

    [GeneratedRegex("\\b(co|company|corp|corporation|ltd|limited|inc|plc|holdings?|group|the|shares?|stock|index|h|a|class)\\b")]
    private static partial Regex Suffixes();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
