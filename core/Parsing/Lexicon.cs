namespace Recaps.Core.Parsing;

/// <summary>The words recaps use for direction, hedges, causes, spans and things that are not moves.</summary>
internal static class Lexicon
{
    public static readonly HashSet<string> UpWords =
    [
        "rose", "rise", "rises", "rising", "risen", "climbed", "climb", "climbs", "climbing", "gained", "gain", "gains", "gaining",
        "added", "add", "adds", "adding", "advanced", "advance", "advances", "advancing", "jumped", "jump", "jumps", "jumping",
        "surged", "surge", "surges", "surging", "soared", "soar", "soars", "soaring", "rallied", "rally", "rallies", "rallying",
        "firmed", "firmer", "firm", "higher", "up", "strengthened", "rebounded", "rebound", "rebounding", "recovered",
        "spiked", "leapt", "leaped", "leap", "popped", "rocketed", "skyrocketed", "outperformed", "ahead", "buoyant",
        "stronger", "upbeat", "winners", "gainers", "gainer", "advancers", "strength", "lifted", "lift", "lifts", "boosted",
        "increased", "increase", "grew", "edging", "inching", "crept", "strong", "record", "bounced", "bounce", "bouncing",
        "recouped", "recovering", "rebounding", "zoomed", "surged", "outpaced", "perked", "ascended", "advancer",
    ];

    public static readonly HashSet<string> DownWords =
    [
        "fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined", "decline", "declines",
        "declining", "lost", "lose", "loses", "losing", "loss", "losses", "slipped", "slip", "slips", "slipping", "eased",
        "ease", "eases", "easing", "shed", "sheds", "shedding", "sank", "sink", "sinks", "sinking", "sunk", "tumbled",
        "tumble", "tumbles", "tumbling", "plunged", "plunge", "plunges", "plunging", "slumped", "slump", "slumps",
        "slumping", "slid", "slide", "slides", "sliding", "retreated", "retreat", "retreats", "retreating", "weakened",
        "weaken", "weakens", "weaker", "weakest", "weakness", "dipped", "dip", "dips", "dipping", "lower", "down", "off",
        "softer", "sagged", "skidded", "tanked", "crashed", "plummeted", "plummeting", "decliners", "losers", "loser",
        "laggards", "fallers", "drag", "decreased", "shrank", "cratered", "nosedived", "worst", "faltered", "weakest", "dived",
        "dive", "diving", "dove", "surrendered", "sagging", "slumping", "tumbling", "sputtered", "skidding", "sliding", "shed",
    ];

    /// <summary>Multi-word cues, read before single words; the value is true for up, false for down.</summary>
    public static readonly (string[] Words, bool? Up)[] Phrases =
    [
        (["gave", "up"], false), (["gave", "back"], false), (["give", "up"], false), (["gives", "up"], false), (["giving", "up"], false),
        (["gave", "ground"], false), (["lost", "ground"], false), (["losing", "ground"], false), (["pulled", "back"], false), (["pulling", "back"], false),
        (["sold", "off"], false), (["selling", "pressure"], false), (["in", "the", "red"], false), (["negative", "territory"], false),
        (["put", "on"], true), (["puts", "on"], true), (["putting", "on"], true), (["picked", "up"], true), (["shot", "up"], true),
        (["positive", "territory"], true), (["in", "the", "green"], true), (["held", "up"], true), (["stayed", "firm"], true),
        (["new", "highs"], true), (["fresh", "highs"], true), (["record", "high"], true), (["all-time", "high"], true), (["new", "high"], true),
        (["upper", "trading", "limits"], true), (["upper", "trading", "limit"], true), (["limit-up"], true), (["renewed", "interest"], true),
        (["tacked", "on"], true), (["perked", "up"], true), (["little", "changed"], null), (["barely", "changed"], null),
        (["daily", "limit"], null), (["weighed", "on"], false), (["weigh", "on"], false), (["weighing", "on"], false), (["weighs", "on"], false),
        (["pressured"], false), (["hits"], false), (["hits", "record"], true), (["hits", "new"], true), (["hits", "fresh"], true),
        (["hits", "all-time"], true), (["hits", "a"], null), (["hurt"], false), (["dragged", "on"], false), (["limit", "down"], false), (["limit-down"], false), (["pared", "gains"], null), (["pared", "losses"], null),
        (["edged", "up"], true), (["edged", "down"], false), (["edging", "up"], true), (["edging", "down"], false), (["inched", "up"], true),
        (["inched", "down"], false), (["inching", "up"], true), (["inching", "down"], false), (["ticked", "up"], true), (["ticked", "down"], false),
        (["moved", "up"], true), (["moved", "down"], false), (["moved", "higher"], true), (["moved", "lower"], false), (["edge", "up"], true),
        (["came", "under", "pressure"], false), (["under", "pressure"], false), (["ahead", "of"], null), (["up", "to"], null),
        (["gainers", "'"], true), (["held", "on", "to"], null), (["picked", "up", "again"], null), (["set", "to"], null), (["went", "in", "different", "directions"], null),
    ];

    public static readonly HashSet<string> FlatWords = ["unchanged", "flat", "flatlined"];

    public static readonly HashSet<string> MixedWords = ["mixed"];

    /// <summary>Words that open the cause of a move.</summary>
    public static readonly HashSet<string> ReasonOpeners =
    [
        "after", "following", "on", "amid", "amidst", "as", "buoyed", "boosted", "driven", "helped", "thanks", "due",
        "because", "fueled", "fuelled", "spurred", "weighed", "hit", "dragged", "supported",
    ];

    /// <summary>Nouns whose figures are not an instrument's move (a tariff, a profit, a rate).</summary>
    public static readonly HashSet<string> NonMoveNouns =
    [
        "turnover", "volume", "volumes", "pmi", "gdp", "inflation", "cpi", "ppi", "profit", "profits", "forecast", "forecasts",
        "revenue", "revenues", "sales", "orders", "tariff", "tariffs", "rate", "rates", "yield", "yields", "prices", "price",
        "stake", "holding", "holdings", "dividend", "target", "targets", "output", "exports", "imports", "earnings", "income",
        "growth", "demand", "value", "valuation", "capitalisation", "capitalization", "fears", "hopes", "worries",
        "concerns", "expectations", "activity", "confidence", "unemployment", "jobless", "deficit", "surplus", "budget",
        "spending", "investment", "inflows", "outflows", "buyback", "buybacks", "deal", "offering", "ipo", "funds",
        "reserves", "lending", "loans", "production", "margin", "margins", "guidance", "outlook", "estimate", "estimates",
        "consensus", "subsidies", "fund", "yuan", "dollar", "euro", "yen", "won", "rupee", "pound", "currency", "bond",
        "bonds", "treasury", "treasuries", "crude", "silver", "bitcoin", "sentiment", "momentum", "economy", "economies",
    ];

    public static readonly HashSet<string> Months =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ];

    public static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>Capitalised words that open sentences but never start a company name.</summary>
    public static readonly HashSet<string> NotNames =
    [
        "the", "a", "an", "in", "on", "at", "among", "amongst", "meanwhile", "elsewhere", "however", "but", "and", "still", "also",
        "likewise", "overall", "across", "over", "under", "during", "after", "before", "when", "while", "with", "within",
        "without", "by", "for", "from", "of", "to", "as", "its", "it", "this", "that", "these", "those", "their", "shares",
        "stocks", "other", "fellow", "notable", "notably", "limiting", "leading", "topping", "looking", "despite", "rival",
        "local", "both", "all", "most", "some", "many", "several", "investors", "traders", "analysts", "market", "markets",
        "index", "sector", "sectors", "key", "roundup", "update", "breaking", "lates", "latest", "news", "report", "reports",
        "closing", "bell", "opening", "midday", "morning", "afternoon", "session", "trading", "stock", "trade", "sector-wise",
        "comments", "comment", "related", "read", "more", "also", "then", "there", "here", "what", "which", "who", "why", "how",
        "where", "yesterday", "today", "tomorrow", "week", "month", "year", "blue", "chip", "chips", "heavyweights",
        "technology", "tech", "gainers", "losers", "top", "bottom", "half-day", "half", "day", "ai", "generated",
        "our", "we", "i", "he", "she", "they", "his", "her", "fresh", "new", "strong", "weak", "broad", "wider", "rest",
        "data", "figures", "official", "president", "ceo", "chairman", "minister", "premier", "governor", "chief", "mr", "ms",
        "dr", "sources", "source", "said", "says", "according", "if", "though", "although", "because", "since", "so", "yet",
        "only", "just", "even", "again", "once", "each", "every", "any", "no", "not", "first", "second", "third", "last",
        "next", "previous", "early", "late", "strategists", "brokers", "economists", "interim", "results", "volume", "turnover",
        "indices", "indexes", "benchmark", "benchmarks", "gauge", "gauges", "stoxx", "msci", "ftse",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half", "majority", "none", "neither", "either",
        "overnight", "year-to-date", "ytd", "month-to-date", "week-to-date", "elsewhere", "separately", "earlier", "later", "recently", "currently", "shares", "stocks",
    ];

    /// <summary>Stop-words that can still open or continue a longer name ("Blue Think Technology", "Tech Mahindra").</summary>
    public static readonly HashSet<string> SoftNotNames =
    [
        "blue", "new", "fresh", "strong", "broad", "top", "first", "local", "key", "technology", "tech", "data", "golden", "official",
        "rival", "early", "next", "wider", "rest", "great", "market", "stock", "half", "chip", "related",
    ];

    /// <summary>Commodities recaps quote alongside stocks.</summary>
    public static readonly HashSet<string> Commodities =
    [
        "gold", "silver", "copper", "oil", "crude", "crude oil", "brent", "brent crude", "wti", "iron ore", "nickel", "aluminium",
        "aluminum", "platinum", "palladium", "zinc", "natural gas", "spot gold", "u.s. crude", "lithium carbonate",
    ];

    /// <summary>Places and bodies: never a listed company on their own.</summary>
    public static readonly HashSet<string> NotCompanies =
    [
        "hong kong", "china", "mainland", "mainland china", "shanghai", "shenzhen", "beijing", "tokyo", "seoul", "mumbai", "singapore",
        "london", "frankfurt", "new york", "wall street", "dalal street", "asia", "europe", "u.s.", "us", "usa", "japan", "korea",
        "south korea", "india", "germany", "britain", "uk", "u.k.", "saudi arabia", "finland", "aberdeen", "france", "paris",
        "australia", "taiwan", "sydney", "reuters", "xinhua", "bloomberg", "refinitiv", "aastocks", "lseg", "european union",
        "federal reserve", "fed", "congress", "white house", "democratic republic of congo", "congo", "hkex main board",
        "sse", "szse", "nyse", "tse", "krx", "sgx", "bse", "nse", "asx", "lse", "xetra", "st", "gmt", "jst", "ist", "et",
        "chinese", "japanese", "korean", "indian", "american", "german", "british", "asian", "european", "sensex", "nifty",
        "hkd", "usd", "rmb", "cny", "krw", "sgd", "gbp", "eur", "jpy", "inr", "aud", "twd", "gmt", "yonhap", "efe", "afp", "ap", "kyodo", "bernama", "pti", "ani", "ians", "dpa", "anadolu", "rthk", "scmp", "cnbc", "marketwatch",
        "rs", "rs.", "the fed", "reserve bank", "central bank", "imf", "world bank", "opec", "ecb", "boj", "pboc", "rba", "rbi",
        "a-share", "a-shares", "h-share", "h-shares", "b-shares", "profit-takers", "saudi", "labour day", "labor day", "golden week", "christmas", "new year", "lunar new year", "ai", "ev", "ipo",
    ];

    /// <summary>Sector vocabulary: a phrase is a sector only when one of these names what it is.</summary>
    public static readonly Dictionary<string, string> SectorWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tech"] = "technology", ["technology"] = "technology", ["it"] = "technology", ["internet"] = "internet", ["software"] = "software",
        ["healthcare"] = "health", ["health"] = "health", ["medical"] = "health", ["property"] = "property", ["properties"] = "property",
        ["real"] = "property", ["estate"] = "property", ["realty"] = "property", ["developers"] = "property", ["consumer"] = "consumer",
        ["staples"] = "staples", ["discretionary"] = "discretionary", ["mining"] = "mining", ["miners"] = "mining", ["energy"] = "energy",
        ["financial"] = "financial", ["financials"] = "financial", ["finance"] = "financial", ["banking"] = "bank", ["banks"] = "bank",
        ["bank"] = "bank", ["lenders"] = "bank", ["insurance"] = "insurance", ["insurers"] = "insurance", ["utilities"] = "utility",
        ["utility"] = "utility", ["industrial"] = "industrial", ["industrials"] = "industrial", ["materials"] = "materials",
        ["telecom"] = "telecom", ["telecoms"] = "telecom", ["telecommunication"] = "telecom", ["telecommunications"] = "telecom",
        ["media"] = "media", ["pharma"] = "pharma", ["pharmaceutical"] = "pharma", ["pharmaceuticals"] = "pharma", ["biotech"] = "biotech",
        ["biotechnology"] = "biotech", ["drug"] = "pharma", ["drugmakers"] = "pharma", ["ev"] = "ev", ["electric-vehicle"] = "ev",
        ["auto"] = "auto", ["autos"] = "auto", ["automakers"] = "auto", ["carmakers"] = "auto", ["automobile"] = "auto", ["car"] = "auto",
        ["chip"] = "chip", ["chips"] = "chip", ["semiconductor"] = "chip", ["semiconductors"] = "chip", ["chipmakers"] = "chip",
        ["chip-related"] = "chip", ["steel"] = "steel", ["coal"] = "coal", ["airline"] = "airline", ["airlines"] = "airline",
        ["shipping"] = "shipping", ["port"] = "port", ["shipbuilding"] = "shipbuilding", ["shipbuilders"] = "shipbuilding",
        ["gold"] = "gold", ["metal"] = "metal", ["metals"] = "metal", ["metal-related"] = "metal", ["oil"] = "oil", ["gas"] = "gas",
        ["defence"] = "defence", ["defense"] = "defence", ["retail"] = "retail", ["retailers"] = "retail", ["casino"] = "casino",
        ["gaming"] = "gaming", ["education"] = "education", ["solar"] = "solar", ["battery"] = "battery", ["papermaking"] = "paper",
        ["paper"] = "paper", ["vaccine"] = "vaccine", ["brokerage"] = "brokerage", ["brokerages"] = "brokerage", ["brokers"] = "brokerage",
        ["securities"] = "brokerage", ["construction"] = "construction", ["cement"] = "cement", ["infrastructure"] = "infrastructure",
        ["food"] = "food", ["beverage"] = "beverage", ["liquor"] = "liquor", ["baijiu"] = "liquor", ["textile"] = "textile",
        ["agriculture"] = "agriculture", ["logistics"] = "logistics", ["transport"] = "transport", ["transportation"] = "transport",
        ["aviation"] = "aviation", ["tourism"] = "tourism", ["travel"] = "travel", ["hotel"] = "hotel", ["restaurant"] = "restaurant",
        ["cosmetics"] = "cosmetics", ["e-commerce"] = "ecommerce", ["wearable"] = "wearable", ["wearables"] = "wearable",
        ["circuits"] = "circuit", ["communication"] = "communication", ["electronic"] = "electronics", ["electronics"] = "electronics",
        ["instrument"] = "instrument", ["instruments"] = "instrument", ["life"] = "lifescience", ["football"] = "football",
        ["lithium"] = "lithium", ["rare-earth"] = "rareearth", ["robotics"] = "robotics", ["ai"] = "ai", ["ai-themed"] = "ai",
        ["ai-linked"] = "ai", ["cloud"] = "cloud", ["gaming-related"] = "gaming", ["shipping-related"] = "shipping",
        ["airlines-related"] = "airline", ["nonferrous"] = "metal", ["non-ferrous"] = "metal", ["petrochemical"] = "oil",
        ["chemical"] = "chemical", ["chemicals"] = "chemical", ["aluminium"] = "metal", ["aluminum"] = "metal", ["copper"] = "metal",
        ["machinery"] = "machinery", ["equipment"] = "equipment", ["smartphone"] = "smartphone", ["apparel"] = "apparel",
        ["sportswear"] = "apparel", ["dairy"] = "dairy", ["pork"] = "food", ["developer"] = "property", ["insurer"] = "insurance",
        ["telecommunications-related"] = "telecom", ["carrier"] = "telecom", ["carriers"] = "telecom",
        ["exporters"] = "exporter", ["exporter"] = "exporter", ["importers"] = "importer", ["steelmakers"] = "steel", ["refiners"] = "oil",
        ["shippers"] = "shipping", ["homebuilders"] = "property", ["builders"] = "construction", ["toll"] = "roads", ["roads"] = "roads",
        ["trading"] = "trading", ["house"] = "trading", ["tourism-related"] = "tourism", ["nonbank"] = "financial",
    };

    /// <summary>Nouns that end a sector phrase ("tech stocks", "EV producers").</summary>
    public static readonly HashSet<string> SectorHeads =
    [
        "stocks", "shares", "names", "equities", "sector", "sectors", "sub-index", "sub-indices", "sub-indexes", "index", "plays",
        "counters", "makers", "producers", "manufacturers", "issues", "firms", "companies", "heavyweights", "sentiment", "group",
        "space", "industry", "segment", "developers", "lenders", "banks", "insurers", "miners", "carmakers", "automakers",
        "chipmakers", "shipbuilders", "airlines", "brokerages", "brokers", "retailers", "staples", "financials", "industrials",
        "importers", "steelmakers", "refiners", "shippers", "homebuilders", "metals",
        "utilities", "drugmakers", "suppliers", "operators", "exporters", "tools", "equipment", "wearables", "circuits", "devices",
        "semiconductors",
    ];

    /// <summary>Heads that name a theme, so "consumer and industrial plays" stays one group.</summary>
    public static readonly HashSet<string> ThemeHeads = ["names", "plays", "counters"];

    /// <summary>Heads that are themselves a sector when they stand alone ("Banks advanced").</summary>
    public static readonly HashSet<string> StandaloneHeads =
    [
        "developers", "lenders", "banks", "insurers", "miners", "carmakers", "automakers", "chipmakers", "shipbuilders", "airlines",
        "brokerages", "retailers", "financials", "industrials", "utilities", "drugmakers", "semiconductors", "properties",
        "exporters", "importers", "automakers", "steelmakers", "refiners", "shippers", "builders", "homebuilders", "techs", "metals",
    ];

/// <summary>"Exchange operator HKEX", "battery maker LG Energy Solution": a description, then the name.</summary>
    public static readonly HashSet<string> DescriptorNouns =
    [
        "operator", "company", "chain", "platform", "leader", "maker", "makers", "carmaker", "automaker", "insurer", "developer", "lender",
        "producer", "supplier", "firm", "giant", "heavyweight", "group", "stock", "manufacturer", "miner", "brokerage", "retailer",
        "bank", "airline", "carrier", "conglomerate", "provider", "builder", "shipbuilder", "chipmaker", "drugmaker", "rival", "peer",
        "unit", "subsidiary", "owner", "investor", "exporter", "refiner", "fund", "etf", "counterpart", "arm", "player", "titan",
    ];

    public static readonly HashSet<string> ReportingWords =
    [
        "said", "say", "says", "saying", "wrote", "noted", "according", "think", "thinks", "expect", "expects", "expected",
        "could", "would", "may", "might", "should", "believe", "believes", "predict", "predicts", "forecast", "warned", "remain",
    ];

    public static readonly HashSet<string> CountWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "both", "all", "twenty", "several", "largest", "biggest",
    ];

    public static bool IsWeekday(string lower, out int day)
    {
        day = Array.IndexOf(Weekdays, lower);
        return day >= 0;
    }
}
