namespace Recaps.Core.Instruments;

/// <summary>The markets recaps report on: time zone, home currency, default venue and main index.</summary>
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
}
