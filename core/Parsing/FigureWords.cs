namespace Recaps.Core.Parsing;

/// <summary>The words around a number that say what it measures: units, currencies, counts, thresholds.</summary>
internal static class FigureWords
{
    public static readonly HashSet<string> Multipliers = ["billion", "million", "trillion", "bn", "m", "mn", "tn", "k", "bln", "mln", "thousand"];

    public static readonly HashSet<string> Thresholds = ["above", "below", "under", "beyond", "past", "from", "no", "no.", "top", "between", "since"];

    public static readonly HashSet<string> Counted =
    [
        "stocks", "shares", "companies", "firms", "sessions", "days", "weeks", "months", "years", "times", "sub-indexes", "sub-indices",
        "industry", "industries", "sectors", "members", "constituents", "blue", "chips", "names", "consecutive", "straight", "percentage",
        "basis", "million", "billion", "people", "largest", "biggest", "lenders", "banks",
    ];

    public static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.Ordinal)
    {
        ["yuan"] = "CNY", ["renminbi"] = "CNY", ["rmb"] = "CNY", ["won"] = "KRW", ["yen"] = "JPY", ["rupees"] = "INR", ["euros"] = "EUR",
        ["euro"] = "EUR", ["usd"] = "USD", ["hkd"] = "HKD", ["cny"] = "CNY", ["sgd"] = "SGD", ["krw"] = "KRW", ["jpy"] = "JPY",
        ["eur"] = "EUR", ["gbp"] = "GBP", ["inr"] = "INR", ["aud"] = "AUD", ["twd"] = "TWD", ["p"] = "GBX", ["pence"] = "GBX",
    };

    public static readonly Dictionary<string, string> CurrencyMarks = new(StringComparer.Ordinal)
    {
        ["hk$"] = "HKD", ["us$"] = "USD", ["s$"] = "SGD", ["a$"] = "AUD", ["nt$"] = "TWD", ["£"] = "GBP", ["€"] = "EUR", ["₩"] = "KRW",
        ["₹"] = "INR", ["hkd"] = "HKD", ["rmb"] = "CNY", ["usd"] = "USD", ["cny"] = "CNY", ["rs"] = "INR", ["sgd"] = "SGD",
        ["krw"] = "KRW", ["eur"] = "EUR", ["gbp"] = "GBP", ["jpy"] = "JPY", ["inr"] = "INR",
    };

    public static readonly HashSet<string> BareFollowers =
    [
        "and", "or", "on", "in", "at", "by", "before", "after", "as", "during", "late", "early", "when", "while", "amid", "following",
        "with", "from", "ahead", "for", "to", "than", "its", "a", "the", "last", "this", "yesterday", "today", "earlier", "respectively",
        "but", "whereas", "up", "down", "higher", "lower", "level", "mark", "close", "intraday", "since", "into", "until", "over",
    ];
}
