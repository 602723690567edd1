namespace Recaps.Core.Parsing;

/// <summary>Exchange and place phrases that say where a stock moved.</summary>
internal static class Venues
{
    /// <summary>Token sequences (lower-case) to venue code, longest first.</summary>
    public static readonly (string[] Words, string Venue, string Market)[] Phrases =
    [
        (["shanghai", "stock", "exchange"], "SH", "CN"), (["shenzhen", "stock", "exchange"], "SZ", "CN"),
        (["hong", "kong", "stock", "exchange"], "HK", "HK"), (["stock", "exchange", "of", "hong", "kong"], "HK", "HK"),
        (["new", "york", "stock", "exchange"], "US", "US"), (["london", "stock", "exchange"], "LSE", "UK"),
        (["tokyo", "stock", "exchange"], "JP", "JP"), (["frankfurt", "stock", "exchange"], "DE", "DE"),
        (["korea", "exchange"], "KR", "KR"), (["singapore", "exchange"], "SG", "SG"), (["bombay", "stock", "exchange"], "BSE", "IN"),
        (["national", "stock", "exchange"], "NSE", "IN"), (["australian", "securities", "exchange"], "ASX", "AU"),
        (["beijing", "stock", "exchange"], "CN", "CN"),
        (["hong", "kong-listed"], "HK", "HK"), (["shanghai-listed"], "SH", "CN"), (["shenzhen-listed"], "SZ", "CN"),
        (["hong", "kong"], "HK", "HK"), (["hk"], "HK", "HK"), (["shanghai"], "SH", "CN"), (["shenzhen"], "SZ", "CN"),
        (["sse"], "SH", "CN"), (["szse"], "SZ", "CN"), (["onshore"], "CN", "CN"), (["mainland"], "CN", "CN"),
        (["mainland", "china"], "CN", "CN"), (["china"], "CN", "CN"), (["chinese"], "CN", "CN"),
        (["new", "york"], "US", "US"), (["wall", "street"], "US", "US"), (["nyse"], "US", "US"), (["u.s."], "US", "US"),
        (["london"], "LSE", "UK"), (["tokyo"], "JP", "JP"), (["japan"], "JP", "JP"), (["seoul"], "KR", "KR"),
        (["korea"], "KR", "KR"), (["south", "korea"], "KR", "KR"), (["frankfurt"], "DE", "DE"), (["germany"], "DE", "DE"),
        (["xetra"], "DE", "DE"), (["bse"], "BSE", "IN"), (["nse"], "NSE", "IN"), (["mumbai"], "IN", "IN"),
        (["dalal", "street"], "IN", "IN"), (["india"], "IN", "IN"), (["singapore"], "SG", "SG"), (["sgx"], "SG", "SG"),
        (["asx"], "ASX", "AU"), (["sydney"], "ASX", "AU"), (["australia"], "ASX", "AU"), (["taiwan"], "TW", "TW"),
        (["britain"], "LSE", "UK"), (["asia"], "ASIA", "ASIA"), (["europe"], "EU", "EU"), (["asian"], "ASIA", "ASIA"),
        (["european"], "EU", "EU"), (["australian"], "ASX", "AU"), (["japanese"], "JP", "JP"), (["korean"], "KR", "KR"),
        (["south", "korean"], "KR", "KR"), (["indian"], "IN", "IN"), (["singaporean"], "SG", "SG"), (["german"], "DE", "DE"),
        (["british"], "LSE", "UK"), (["uk"], "LSE", "UK"), (["u.k."], "LSE", "UK"), (["american"], "US", "US"), (["france"], "FR", "FR"),
        (["french"], "FR", "FR"), (["paris"], "FR", "FR"), (["new", "zealand"], "NZ", "NZ"), (["indonesia"], "ID", "ID"),
        (["indonesian"], "ID", "ID"), (["jakarta"], "ID", "ID"), (["malaysia"], "MY", "MY"), (["malaysian"], "MY", "MY"),
        (["thailand"], "TH", "TH"), (["thai"], "TH", "TH"), (["philippines"], "PH", "PH"), (["philippine"], "PH", "PH"),
        (["taiwanese"], "TW", "TW"), (["hong", "kong-listed"], "HK", "HK"),
    ];

    private static readonly HashSet<string> Codes = ["hk", "sse", "szse", "nyse", "bse", "nse", "sgx", "asx", "uk"];

    private static readonly PhraseTable<(string Venue, string Market)> Table = new(Phrases.Select(p => (p.Words, (p.Venue, p.Market))));

    public static (string Venue, string Market, int Length)? Match(List<Token> tokens, int at)
    {
        if (at >= tokens.Count || !tokens[at].Has(WordFlags.VenueStart))
        {
            return null;
        }

        foreach (var (words, (venue, market)) in Table.Candidates(tokens, at))
        {
            if (!PhraseTable<(string, string)>.Matches(tokens, at, words))
            {
                continue;
            }

            var length = words.Length;
            // Lower-case "hk" or "sse" inside a sentence is not the exchange's code.
            if (length == 1 && Codes.Contains(tokens[at].Lower) && !tokens[at].IsAllCaps)
            {
                continue;
            }

            return (venue, market, length);
        }

        return null;
    }
}
