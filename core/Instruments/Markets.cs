namespace Recaps.Core.Instruments;

/// <summary>The markets recaps report on, with the words that point at each.</summary>
public static class Markets
{
    public static IReadOnlyList<MarketInfo> All { get; } =
    [
        new("HK", "Asia/Hong_Kong", "HKD", "HK", "hsi"),
        new("CN", "Asia/Shanghai", "CNY", "CN", "shcomp"),
        new("JP", "Asia/Tokyo", "JPY", "JP", "nikkei225"),
        new("KR", "Asia/Seoul", "KRW", "KR", "kospi"),
        new("IN", "Asia/Kolkata", "INR", "IN", "sensex"),
        new("SG", "Asia/Singapore", "SGD", "SG", "sti"),
        new("AU", "Australia/Sydney", "AUD", "ASX", "asx200"),
        new("TW", "Asia/Taipei", "TWD", "TW", "taiex"),
        new("ID", "Asia/Jakarta", "IDR", "ID", "jci"),
        new("MY", "Asia/Kuala_Lumpur", "MYR", "MY", "klci"),
        new("TH", "Asia/Bangkok", "THB", "TH", "set"),
        new("PH", "Asia/Manila", "PHP", "PH", "psei"),
        new("NZ", "Pacific/Auckland", "NZD", "NZ", "nzx50"),
        new("US", "America/New_York", "USD", "US", "spx"),
        new("UK", "Europe/London", "GBP", "LSE", "ftse100"),
        new("DE", "Europe/Berlin", "EUR", "DE", "dax"),
        new("FR", "Europe/Paris", "EUR", "FR", "cac40"),
        new("EU", "Europe/Brussels", "EUR", "EU", "stoxx600"),
    ];

    private static readonly Dictionary<string, MarketInfo> ByCode = All.ToDictionary(m => m.Code, StringComparer.Ordinal);

    /// <summary>The market with this code, or Hong Kong's when the code is not one we cover.</summary>
    public static MarketInfo Get(string code) => ByCode.GetValueOrDefault(code) ?? All[0];

    public static MarketInfo? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>Place and exchange words, lower-case, to the market they name.</summary>
    public static IReadOnlyDictionary<string, string> PlaceWords { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["hong kong"] = "HK", ["hk"] = "HK", ["hang seng"] = "HK",
        ["mainland"] = "CN", ["mainland china"] = "CN", ["chinese"] = "CN", ["china"] = "CN", ["shanghai"] = "CN", ["shenzhen"] = "CN", ["a-share"] = "CN", ["a-shares"] = "CN",
        ["japan"] = "JP", ["japanese"] = "JP", ["tokyo"] = "JP",
        ["seoul"] = "KR", ["korea"] = "KR", ["south korea"] = "KR", ["korean"] = "KR",
        ["india"] = "IN", ["indian"] = "IN", ["mumbai"] = "IN", ["dalal street"] = "IN",
        ["singapore"] = "SG",
        ["australia"] = "AU", ["australian"] = "AU", ["sydney"] = "AU",
        ["taiwan"] = "TW", ["taipei"] = "TW",
        ["new york"] = "US", ["wall street"] = "US", ["u.s."] = "US", ["us"] = "US", ["american"] = "US",
        ["london"] = "UK", ["britain"] = "UK", ["british"] = "UK", ["uk"] = "UK",
        ["germany"] = "DE", ["german"] = "DE", ["frankfurt"] = "DE",
        ["france"] = "FR", ["paris"] = "FR",
    };
}
