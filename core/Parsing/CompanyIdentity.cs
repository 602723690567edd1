namespace Recaps.Core.Parsing;

/// <summary>
/// Decides which names in one article are the same company: "CATL" and "Contemporary Amperex
/// Technology Co Ltd (CATL)", "HANG LUNG PPT" and "Hang Lung Properties", "Alibaba-W (09988)" and
/// "Alibaba", "Tencent (00700)" and "Tencent (700)".
/// </summary>
internal static class CompanyIdentity
{
    private static readonly HashSet<string> CorporateWords =
    [
        "co", "co.", "company", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "inc", "inc.", "plc", "holdings", "holding",
        "group", "international", "sa", "ag", "se", "nv", "bhd", "the", "shares", "class", "o.n.", "vna", "na", "kgaa", "st",
    ];

    private static readonly HashSet<string> GenericFirstWords = ["china", "hong", "bank", "the", "new", "first", "great", "asia", "japan", "korea", "air"];

    public static string Ticker(string ticker)
    {
        var t = ticker.Trim().ToUpperInvariant();
        var dot = t.IndexOf(".HK", StringComparison.Ordinal);
        if (dot > 0)
        {
            t = t[..dot];
        }

        return t.All(char.IsAsciiDigit) ? t.TrimStart('0') : t;
    }

    /// <summary>"Alibaba-W" and "MIRXES-B" are Hong Kong share-class markers on a name.</summary>
    public static string? WithoutShareClass(string name)
    {
        var dash = name.LastIndexOf('-');
        if (dash > 1 && name.Length - dash <= 3 && name[(dash + 1)..].All(char.IsAsciiLetterUpper))
        {
            return name[..dash];
        }

        return null;
    }

    public static string[] CoreWords(string name)
    {
        var stripped = WithoutShareClass(name) ?? name;
        var words = stripped.Replace("'s", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
            .Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries);
        var core = words.Where(w => !CorporateWords.Contains(w)).ToArray();
        return core.Length == 0 ? words : core;
    }

    public static bool Same(string a, string b) => Same(new NameForm(a), new NameForm(b));

    /// <summary>A name with its core words worked out once, for comparing against many others.</summary>
    public readonly record struct NameForm(string Name, string[] Words, string Joined)
    {
        public NameForm(string name)
            : this(name, CoreWords(name))
        {
        }

        private NameForm(string name, string[] words)
            : this(name, words, string.Concat(words))
        {
        }
    }

    public static bool Same(NameForm x, NameForm y)
    {
        if (string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase) || x.Joined == y.Joined)
        {
            return true;
        }

        var (wa, wb) = (x.Words, y.Words);

        var (shorter, longer) = wa.Length <= wb.Length ? (wa, wb) : (wb, wa);
        if (shorter.Length == 0 || GenericFirstWords.Contains(shorter[0]) && shorter.Length == 1)
        {
            return false;
        }

        if (shorter.Length < longer.Length && shorter.SequenceEqual(longer.Take(shorter.Length)) && string.Concat(shorter).Length >= 3)
        {
            return true;
        }

        // "HANG LUNG PPT" ~ "Hang Lung Properties": equal but for an abbreviated last word.
        if (shorter.Length == longer.Length && shorter.Length >= 2 && shorter.AsSpan(0, shorter.Length - 1).SequenceEqual(longer.AsSpan(0, longer.Length - 1)))
        {
            return IsAbbreviation(shorter[^1], longer[^1]) || IsAbbreviation(longer[^1], shorter[^1]);
        }

        return false;
    }

    private static bool IsAbbreviation(string abbreviation, string word)
    {
        if (abbreviation.Length >= word.Length || abbreviation.Length < 2 || abbreviation[0] != word[0])
        {
            return false;
        }

        var k = 0;
        foreach (var c in word)
        {
            if (k < abbreviation.Length && c == abbreviation[k])
            {
                k++;
            }
        }

        return k == abbreviation.Length;
    }
}
