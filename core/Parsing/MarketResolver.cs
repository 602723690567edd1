using Recaps.Core.Instruments;

namespace Recaps.Core.Parsing;

/// <summary>
/// Picks the article's main market: the first benchmark or "Hong Kong shares"-style subject the
/// article names decides; without one, a vote of every place and index it names, the opening's counting most.
/// </summary>
internal static class MarketResolver
{
    private const int MaxSentences = 60;

    public static string Resolve(IReadOnlyList<Sentence> sentences, CatalogMatcher catalog)
    {
        if (FirstDecisive(sentences, catalog) is { } first)
        {
            return first;
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var s = 0; s < Math.Min(sentences.Count, MaxSentences); s++)
        {
            var weight = s < 3 ? 3.0 : 1.0;
            var tokens = sentences[s].Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (catalog.Match(tokens, i, "*") is { } hit && Markets.Find(hit.Index.Market) is not null)
                {
                    Add(scores, hit.Index.Market, weight * (hit.Index.IsSector ? 0.5 : 1.0));
                    i += hit.Length - 1;
                    continue;
                }

                if (Venues.Match(tokens, i) is { } place && Markets.Find(place.Market) is not null)
                {
                    // "Hong Kong shares", "Seoul shares": the subject of the opening line names the market.
                    var next = i + place.Length < tokens.Count ? tokens[i + place.Length].Lower : string.Empty;
                    var bonus = next is "shares" or "stocks" or "equities" or "market" or "'s" ? 2.0 : 0.5;
                    Add(scores, place.Market, weight * bonus);
                    i += place.Length - 1;
                }
            }
        }

        return scores.Count == 0 ? "HK" : scores.OrderByDescending(kv => kv.Value).First().Key;
    }

    private static string? FirstDecisive(IReadOnlyList<Sentence> sentences, CatalogMatcher catalog)
    {
        for (var s = 0; s < Math.Min(sentences.Count, MaxSentences); s++)
        {
            var tokens = sentences[s].Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (catalog.Match(tokens, i, "*") is { } hit && !hit.Index.IsSector && Markets.Find(hit.Index.Market) is not null)
                {
                    return hit.Index.Market;
                }

                if (Venues.Match(tokens, i) is { } place && Markets.Find(place.Market) is not null
                    && i + place.Length < tokens.Count && tokens[i + place.Length].Lower is "shares" or "stocks" or "equities" or "market" or "bourse")
                {
                    return place.Market;
                }
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, double> scores, string market, double value) =>
        scores[market] = scores.GetValueOrDefault(market) + value;
}
