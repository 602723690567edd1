using Recaps.Core.Instruments;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions.Reading;

/// <summary>
/// The store's catalogue arranged for reading questions: every name, alias and ticker any recap used (and the
/// built-in aliases of indices) in their matching form, the leading words of names ("Zijin" for "Zijin Mining"),
/// and a bounded typo search ("Hang Sang", "Tencnet").
/// </summary>
internal sealed class InstrumentIndex
{
    private readonly Dictionary<string, List<InstrumentEntry>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InstrumentEntry>> _byPrefix = new(StringComparer.Ordinal);
    private readonly List<(string Name, int Words, InstrumentEntry Entry)> _names = [];

    private InstrumentIndex(IReadOnlyList<InstrumentEntry> entries)
    {
        Entries = entries;
        foreach (var entry in entries)
        {
            foreach (var name in NamesOf(entry))
            {
                var normalized = InstrumentNames.Normalize(name);
                if (normalized.Length == 0 || !Add(_byName, normalized, entry))
                {
                    continue;
                }
                var words = normalized.Split(' ');
                _names.Add((normalized, words.Length, entry));
                MaxWords = Math.Max(MaxWords, words.Length);
                for (var take = 1; take < words.Length; take++)
                {
                    Add(_byPrefix, string.Join(' ', words[..take]), entry);
                }
            }
        }
    }

    public IReadOnlyList<InstrumentEntry> Entries { get; }

    public int MaxWords { get; }

    public static InstrumentIndex Build(IReadOnlyList<InstrumentEntry> entries) => new(entries);

    /// <summary>Instruments one of whose names is exactly this (in matching form).</summary>
    public IReadOnlyList<InstrumentEntry> Exact(string normalized) => _byName.GetValueOrDefault(normalized) ?? [];

    /// <summary>Instruments whose name starts with these words.</summary>
    public IReadOnlyList<InstrumentEntry> Prefix(string normalized) => _byPrefix.GetValueOrDefault(normalized) ?? [];

    /// <summary>Instruments with a name of as many words within a small edit distance (1, or 2 from nine letters), nearest first.</summary>
    public IReadOnlyList<InstrumentEntry> Near(string normalized, int words)
    {
        var limit = normalized.Length >= 9 ? 2 : 1;
        var best = limit + 1;
        var found = new List<InstrumentEntry>();
        foreach (var (name, count, entry) in _names)
        {
            if (count != words || name[0] != normalized[0] && limit < 2)
            {
                continue;
            }
            var distance = EditDistance.Within(normalized, name, limit);
            if (distance < best)
            {
                best = distance;
                found.Clear();
            }
            if (distance == best && distance <= limit && !found.Contains(entry))
            {
                found.Add(entry);
            }
        }
        return found;
    }

    /// <summary>How the recaps write the name that has this matching form ("CATL" for "catl"), else the instrument's name.</summary>
    public static string Spelling(InstrumentEntry entry, string normalized) =>
        NamesOf(entry).FirstOrDefault(n => InstrumentNames.Normalize(n) == normalized) ?? entry.Name;

    /// <summary>
    /// The known names most like <paramref name="text"/>, for "did you mean": whole names within a third of its
    /// length in edits first, then names sharing a word with it, give or take a letter ("Zijing Gold" -> Zijin Mining).
    /// </summary>
    public IReadOnlyList<string> Closest(string text, int count)
    {
        var normalized = InstrumentNames.Normalize(text);
        if (normalized.Length < 3)
        {
            return [];
        }
        var limit = Math.Max(2, normalized.Length / 3);
        var words = normalized.Split(' ').Where(w => w.Length >= 4).ToArray();
        return [.. _names
            .Select(n => (n.Entry.Name, Score: Score(normalized, words, n.Name, limit)))
            .Where(c => c.Score < int.MaxValue)
            .OrderBy(c => c.Score)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .Distinct(StringComparer.Ordinal)
            .Take(count)];
    }

    // Lower is closer: the edit distance of the whole name, else 100 + the best distance of a shared word.
    private static int Score(string normalized, string[] words, string name, int limit)
    {
        var whole = EditDistance.Within(normalized, name, limit);
        if (whole <= limit)
        {
            return whole;
        }
        var best = int.MaxValue;
        foreach (var word in words)
        {
            foreach (var candidate in name.Split(' '))
            {
                if (candidate.Length >= 4 && EditDistance.Within(word, candidate, 1) is var distance && distance <= 1)
                {
                    best = Math.Min(best, 100 + distance);
                }
            }
        }
        return best;
    }

    /// <summary>Every name of the instrument: its own, those recaps used, and an index's built-in aliases.</summary>
    public static IEnumerable<string> NamesOf(InstrumentEntry entry)
    {
        yield return entry.Name;
        foreach (var name in entry.Names)
        {
            yield return name;
        }
        if (IndexCatalog.Find(entry.Key) is { } index)
        {
            yield return index.Name;
            foreach (var alias in index.Aliases)
            {
                yield return alias;
            }
        }
    }

    private static bool Add(Dictionary<string, List<InstrumentEntry>> map, string key, InstrumentEntry entry)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        if (list.Any(e => e.Key == entry.Key))
        {
            return false;
        }
        list.Add(entry);
        return true;
    }
}
