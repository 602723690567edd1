using Recaps.Core.Instruments;

namespace Recaps.Core.Parsing;

/// <summary>One table from lower-case word to <see cref="WordFlags"/>, built once from the lexicon and catalogue.</summary>
internal static class WordInfo
{
    private static readonly Dictionary<string, WordFlags> Map = Build();

    public static WordFlags Of(string lower) => Map.GetValueOrDefault(lower);

    private static Dictionary<string, WordFlags> Build()
    {
        var map = new Dictionary<string, WordFlags>(StringComparer.Ordinal);
        void Mark(IEnumerable<string> words, WordFlags flag)
        {
            foreach (var w in words)
            {
                map[w] = map.GetValueOrDefault(w) | flag;
            }
        }

        Mark(Lexicon.UpWords, WordFlags.Up);
        Mark(Lexicon.DownWords, WordFlags.Down);
        Mark(Lexicon.FlatWords, WordFlags.Flat);
        Mark(Lexicon.MixedWords, WordFlags.Mixed);
        Mark(Lexicon.NonMoveNouns, WordFlags.NonMove);
        Mark(Lexicon.SectorHeads, WordFlags.SectorHead);
        Mark(Lexicon.SectorWords.Keys.Select(k => k.ToLowerInvariant()), WordFlags.SectorWord);
        Mark(Lexicon.Phrases.Select(p => p.Words[0]), WordFlags.CuePhraseStart);
        Mark(PeriodFinder.FirstWords, WordFlags.PeriodStart);
        Mark(Venues.Phrases.Select(p => p.Words[0]), WordFlags.VenueStart);
        foreach (var index in IndexCatalog.All)
        {
            Mark(index.Aliases.Concat(index.ContextAliases).Append(index.Name).Select(a => Tokenizer.TokenizeRaw(a)[0].Lower), WordFlags.CatalogStart);
        }

        return map;
    }
}
