namespace Recaps.Core.Instruments;

/// <summary>
/// The built-in catalogue of benchmark indices and named sub-indices of the markets we cover,
/// with the names, abbreviations and wire codes recaps use for them.
/// </summary>
public static class IndexCatalog
{
    public static IReadOnlyList<IndexDefinition> All { get; } =
    [
        // Hong Kong
        Index("hsi", "Hang Seng Index", "HK", ["Hang Seng", "HSI", ".HSI", "Hang Seng benchmark", "Hang Seng index"]),
        Index("hscei", "Hang Seng China Enterprises Index", "HK", ["Hang Seng China Enterprises", "HSCEI", ".HSCE", "H-share index", "China Enterprises index", "Hang Seng China Enterprise Index"], ["CEI", "H-shares index"]),
        Index("hstech", "Hang Seng Tech Index", "HK", ["Hang Seng Tech", "Hang Seng TECH Index", "Hang Seng Technology Index", "Hang Seng Technology", "HSTECH", ".HSTECH", "HS Tech"], ["Tech Index", "TECH index"]),
        Index("hscomp", "Hang Seng Composite Index", "HK", ["Hang Seng Composite"]),
        Index("hsredchip", "Hang Seng Hong Kong Red Chip Index", "HK", ["Hang Seng Red Chip Index", "Red Chip Index"]),
        Sector("hs-finance", "Finance sub-index", "HK", ["Hang Seng Finance sub-index", "Finance sub-index", "Finance sub index", "financial sub-index"], ["Finance"]),
        Sector("hs-utilities", "Utilities sub-index", "HK", ["Utilities sub-index", "Utility sub-index", "Utilties sub-index"], ["Utilities", "Utility", "Utilties"]),
        Sector("hs-properties", "Properties sub-index", "HK", ["Properties sub-index", "Property sub-index"], ["Properties"]),
        Sector("hs-commerce", "Commerce and Industry sub-index", "HK", ["Commerce and Industry sub-index", "Commerce & Industry sub-index"], ["Commerce and Industry", "Commerce & Industry"]),
        // Mainland China
        Index("shcomp", "Shanghai Composite Index", "CN", ["Shanghai Composite", "SSE Composite", "SSE Composite Index", "Shanghai Composite index", ".SSEC", "Shanghai key index", "Shanghai benchmark", "Shanghai Stock Exchange Composite Index"]),
        Index("szcomp", "Shenzhen Component Index", "CN", ["Shenzhen Component", "SZSE Component Index", "Shenzhen Composite", "Shenzhen Composite Index", ".SZSC", "Shenzhen index"]),
        Index("csi300", "CSI 300 Index", "CN", ["CSI 300", "CSI300", "CSI300 index", "CSI 300 index", ".CSI300"]),
        Index("csi500", "CSI 500 Index", "CN", ["CSI 500", "CSI500"]),
        Index("csi1000", "CSI 1000 Index", "CN", ["CSI 1000", "CSI1000"]),
        Index("chinext", "ChiNext Index", "CN", ["ChiNext", "ChiNext board index", "ChiNext Price Index"]),
        Index("chinextcomp", "ChiNext Composite Index", "CN", ["ChiNext Composite", "ChiNext Composite index"]),
        Index("star50", "STAR 50 Index", "CN", ["STAR 50", "STAR50", "STAR Market 50", "SSE STAR 50"]),
        Index("sse50", "SSE 50 Index", "CN", ["SSE 50", "SSE50", "Shanghai 50"]),
        Index("bse50", "Beijing Stock Exchange 50 Index", "CN", ["Beijing Stock Exchange 50", "BSE 50 Index", "Beijing 50"]),
        // Japan, Korea, Taiwan
        Index("nikkei225", "Nikkei 225", "JP", ["Nikkei", "Nikkei share average", "Nikkei Stock Average", "Nikkei average", ".N225", "N225", "Nikkei index", "Nikkei 225 index"]),
        Index("topix", "Topix", "JP", ["TOPIX", ".TOPX", "Tokyo Stock Price Index", "Topix index"]),
        Index("kospi", "Korea Composite Stock Price Index", "KR", ["KOSPI", "Kospi", ".KS11", "Korea Composite Stock Price Index"]),
        Index("kosdaq", "KOSDAQ", "KR", ["Kosdaq", "KOSDAQ index", "Kosdaq index"]),
        Index("kospi200", "KOSPI 200", "KR", ["Kospi 200", "KOSPI200"]),
        Index("kosdaq150", "KOSDAQ 150", "KR", ["Kosdaq 150"]),
        Index("taiex", "Taiwan Weighted Index", "TW", ["TAIEX", "Taiex", "Taiwan Weighted", ".TWII"]),
        Index("jci", "Jakarta Composite Index", "ID", ["Jakarta Composite", "JCI", "IDX Composite"]),
        Index("klci", "FTSE Bursa Malaysia KLCI", "MY", ["KLCI", "FBM KLCI", "Kuala Lumpur Composite Index"]),
        Index("set", "SET Index", "TH", ["SET index", "Stock Exchange of Thailand index"]),
        Index("psei", "PSEi", "PH", ["PSEi index", "Philippine Stock Exchange index"]),
        Index("nzx50", "S&P/NZX 50", "NZ", ["NZX 50", "S&P/NZX 50 index", "NZX 50 index"]),
        // India, Singapore, Australia
        Index("sensex", "BSE Sensex", "IN", ["Sensex", "S&P BSE Sensex", "SENSEX", "BSE Sensex 30", ".BSESN"]),
        Index("nifty50", "NSE Nifty 50", "IN", ["Nifty 50", "Nifty", "NSE Nifty", "NIFTY", "Nifty50", ".NSEI", "NSE Nifty 50 index"]),
        Index("niftybank", "Nifty Bank", "IN", ["Bank Nifty", "Nifty Bank index", "NIFTY BANK"]),
        Index("niftynext50", "Nifty Next 50", "IN", ["NIFTY Next 50"]),
        Index("bsemidcap", "BSE MidCap", "IN", ["BSE Mid-Cap", "S&P BSE MidCap", "S&P BSE Mid-Cap", "BSE Midcap"]),
        Index("bsesmallcap", "BSE SmallCap", "IN", ["BSE Small-Cap", "S&P BSE SmallCap", "S&P BSE Small-Cap", "BSE Smallcap"]),
        Index("sti", "Straits Times Index", "SG", ["STI", "Straits Times", ".STI", "FTSE Straits Times Index"]),
        Index("asx200", "S&P/ASX 200", "AU", ["ASX 200", "ASX200", "S&P/ASX 200 index", ".AXJO", "ASX 200 index"]),
        Index("allords", "All Ordinaries", "AU", ["All Ords", "All Ordinaries index", ".AORD"]),
        // United States
        Index("spx", "S&P 500", "US", ["S&P 500 index", "S&P", "SPX", ".SPX", "Standard & Poor's 500", "S&P500"]),
        Index("dji", "Dow Jones Industrial Average", "US", ["Dow Jones", "Dow", "DJIA", ".DJI", "Dow Jones index", "Dow Jones Industrials"]),
        Index("nasdaq", "Nasdaq Composite", "US", ["Nasdaq", "Nasdaq Composite Index", "NASDAQ", ".IXIC", "Nasdaq Composite index"]),
        Index("ndx", "Nasdaq 100", "US", ["Nasdaq-100", "NASDAQ 100", ".NDX"]),
        Index("rut", "Russell 2000", "US", ["Russell 2000 index", ".RUT"]),
        Index("vix", "CBOE Volatility Index", "US", ["VIX", "Cboe Volatility Index", ".VIX", "CBOE Volatility"]),
        Index("sox", "Philadelphia Semiconductor Index", "US", ["Philadelphia SE Semiconductor index", "Philadelphia semiconductor index", "PHLX Semiconductor", "PHLX semiconductor index", ".SOX"]),
        // Europe
        Index("ftse100", "FTSE 100", "UK", ["FTSE 100 Index", "FTSE", "Footsie", ".FTSE", "FTSE 100 index"]),
        Index("ftse250", "FTSE 250", "UK", ["FTSE 250 Index", ".FTMC", "FTSE 250 index"]),
        Index("ftseallshare", "FTSE All-Share", "UK", ["FTSE All-Share Index", "FTSE All Share", "All-Share"]),
        Index("aim", "FTSE AIM All-Share", "UK", ["AIM All-Share", "FTSE AIM All-Share Index"]),
        Index("dax", "DAX", "DE", ["DAX index", "DAX 40", "DAX 30", ".GDAXI", "Dax"]),
        Index("mdax", "MDAX", "DE", ["MDAX index"]),
        Index("tecdax", "TecDAX", "DE", ["TecDAX index"]),
        Index("sdax", "SDAX", "DE", ["SDAX index"]),
        Index("cac40", "CAC 40", "FR", ["CAC", "CAC-40", ".FCHI", "CAC 40 index"]),
        Index("stoxx600", "STOXX 600", "EU", ["Stoxx 600", "STOXX Europe 600", "Stoxx Europe 600", "pan-European STOXX 600", ".STOXX"]),
        Index("eurostoxx50", "Euro Stoxx 50", "EU", ["EURO STOXX 50", "Euro STOXX 50", ".STOXX50E"]),
        // Regional
        Index("msciaxj", "MSCI Asia ex-Japan", "ASIA", ["MSCI's Asia ex-Japan stock index", "MSCI Asia ex-Japan index", "MSCI's broadest index of Asia-Pacific shares outside Japan", "MSCI Asia-Pacific ex-Japan", ".MIAPJ0000PUS"]),
        Index("msciacwi", "MSCI All-Country World Index", "GLOBAL", ["MSCI All Country World Index", "MSCI world index", "MSCI's gauge of stocks across the globe"]),
    ];

    private static IndexDefinition Index(string key, string name, string market, string[] aliases, string[]? context = null) =>
        new(key, name, market, aliases, context ?? []);

    private static IndexDefinition Sector(string key, string name, string market, string[] aliases, string[] context) =>
        new(key, name, market, aliases, context, IsSector: true);

    private static readonly Dictionary<string, IndexDefinition> ByKey = All.ToDictionary(i => i.Key, StringComparer.Ordinal);

    public static IndexDefinition? Find(string key) => ByKey.GetValueOrDefault(key);
}
