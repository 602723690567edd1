using System.Text;
using Recaps.Core.Instruments;
using Recaps.Core.Model;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// Name matching for instrument identity across articles: "Tencent Holdings Ltd." and "Tencent" are one
/// company; a ticker "00700" and "700" are one code. Deliberately exact after normalising: looser matching
/// (typos, partial names) belongs to question understanding, where a wrong guess costs one answer, not a
/// merged history.
/// </summary>
public static class InstrumentNames
{
    public const int MaxKeyLength = 80;

    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal)
    {
        "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "plc", "company", "holdings", "holding", "group", "sa", "ag", "nv", "se", "llc",
    };

    private static readonly Dictionary<string, string> IndexKeys = BuildIndexKeys();

    /// <summary>The matching form of a name: lower case letters and digits, corporate suffixes dropped; tickers as "#" + digits.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = Words(name);
        if (words.Count == 1 && words[0].All(char.IsAsciiDigit))
        {
            return "#" + (words[0].TrimStart('0') is { Length: > 0 } digits ? digits : "0");
        }
        if (words.Count > 0 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        while (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }
        return string.Join(' ', words);
    }

    /// <summary>The built-in catalogue key of an index or sub-index name, if it is one.</summary>
    public static string? CatalogKey(InstrumentKind kind, string name) =>
        kind is InstrumentKind.Index or InstrumentKind.Sector && IndexKeys.TryGetValue(name.ToLowerInvariant(), out var key) ? key : null;

    /// <summary>A readable, valid key for a name the store has not seen: "Zijin Mining Group" becomes "zijin-mining".</summary>
    public static string NewKey(string name)
    {
        var normalized = Normalize(name).TrimStart('#').Replace(' ', '-');
        if (normalized.Length == 0)
        {
            normalized = "instrument-" + StoreKeys.ArticleId(name)[..8];
        }
        return normalized.Length <= MaxKeyLength ? normalized : normalized[..MaxKeyLength].TrimEnd('-');
    }

    private static List<string> Words(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (c == '&')
            {
                Flush();
                words.Add("and");
            }
            else if (c is not ('\'' or '’' or '.'))
            {
                // "Li-Ning" and "Li Ning" match; "Co." and "Co" match; apostrophes join ("Macy's" = "macys").
                Flush();
            }
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    private static Dictionary<string, string> BuildIndexKeys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var index in IndexCatalog.All)
        {
            keys.TryAdd(index.Name.ToLowerInvariant(), index.Key);
            foreach (var alias in index.Aliases)
            {
                keys.TryAdd(alias.ToLowerInvariant(), index.Key);
            }
        }
        return keys;
    }
}
