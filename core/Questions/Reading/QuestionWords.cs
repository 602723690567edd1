namespace Recaps.Core.Questions.Reading;

/// <summary>The vocabulary of market questions: filler, movement, ranking, kinds, and categories of stocks.</summary>
internal static class QuestionWords
{
    /// <summary>Words that carry no name: what is left after them (and after names and dates) is an unknown name.</summary>
    public static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "how", "did", "do", "does", "doing", "done", "what", "what's", "whats", "where", "when", "why", "which", "who", "whom",
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "the", "a", "an", "of", "on", "in", "at", "for",
        "to", "from", "by", "with", "and", "&", "or", "vs", "versus", "about", "its", "it", "their", "them", "they", "there", "this",
        "that", "these", "those", "then", "than", "also", "as", "so", "if", "into", "over", "among", "amongst", "between", "after",
        "before", "during", "since", "until", "today", "tonight", "yesterday", "now", "currently", "recently", "latest", "last",
        "recent", "previous", "shares", "share", "stock", "stocks", "price", "prices", "priced", "close", "closed", "closing",
        "end", "ended", "ending", "finish", "finished", "trade", "traded", "trading", "perform", "performed", "performance",
        "happened", "happen", "happening", "going", "go", "went", "market", "markets", "index", "indices", "indexes", "sector",
        "sectors", "much", "many", "points", "point", "percent", "per", "cent", "pct", "gain", "gained", "gains", "gaining", "lose",
        "lost", "loses", "losing", "loss", "losses", "rise", "rose", "rises", "rising", "risen", "fall", "fell", "falls", "falling",
        "fallen", "jump", "jumped", "jumps", "drop", "dropped", "drops", "up", "down", "move", "moved", "moves", "movement", "tell",
        "me", "show", "give", "please", "session", "sessions", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "morning", "afternoon", "midday", "noon", "evening", "level", "levels", "can", "could", "would", "you", "i", "we", "us",
        "our", "my", "your", "hi", "hello", "hey", "thanks", "thank", "ok", "okay", "again", "still", "get", "got", "make", "made",
        "mentioned", "named", "listed", "company", "companies", "firm", "group", "ground", "value", "worth", "trade", "did",
        "finish", "open", "opened", "opening", "performer", "performers", "mover", "movers", "top", "best", "worst", "biggest",
        "largest", "most", "least", "highest", "lowest", "strongest", "weakest", "leading", "led", "lead", "leader", "leaders",
        "gainer", "gainers", "loser", "losers", "decliner", "decliners", "riser", "risers", "faller", "fallers", "laggard",
        "laggards", "drag", "drags", "dragged", "advancer", "advancers", "percentage", "compare", "compared", "against", "vs.",
        "reason", "reasons", "cause", "caused", "drove", "driven", "behind", "explain", "why's", "news", "result", "results",
        "summary", "overview", "recap", "recaps", "report", "one", "ones", "other", "others", "all", "any", "each", "every", "some",
        "only", "just", "more", "less", "very", "big", "large", "small", "high", "low", "higher", "lower", "sub-index",
        "sub-indices", "subindex", "subindices", "sub-indexes", "industry", "industries", "slump", "slumped", "tumble", "tumbled",
        "surge", "surged", "soar", "soared", "climb", "climbed", "advance", "advanced", "decline", "declined", "plunge",
        "plunged", "slide", "slid", "sink", "sank", "rally", "rallied", "add", "added", "shed", "react", "reacted", "like",
        "look", "looks", "looking", "quote", "quoted", "number", "numbers", "figure", "figures", "said", "say", "says",
        "benchmark", "ended", "overall", "total", "turnover", "stand", "stood", "sit", "sat", "rank", "ranked", "list", "named",
        "no", "not", "yes", "out", "off", "per", "via", "vs", "yet", "while", "doing", "fare", "fared", "weekly", "daily",
        "monthly", "know", "known", "stored", "available", "dates", "cover", "covered", "about", "help", "commands", "n't",
    };

    /// <summary>Words that ask for a ranking.</summary>
    public static readonly HashSet<string> Ranking = new(StringComparer.Ordinal)
    {
        "top", "best", "worst", "biggest", "largest", "most", "highest", "lowest", "strongest", "weakest", "leading", "led",
        "lead", "leader", "leaders", "gainer", "gainers", "loser", "losers", "decliner", "decliners", "riser", "risers",
        "faller", "fallers", "laggard", "laggards", "drag", "drags", "performer", "performers", "mover", "movers", "advancer",
        "advancers", "outperformer", "outperformers", "underperformer", "underperformers",
    };

    public static readonly HashSet<string> Up = new(StringComparer.Ordinal)
    {
        "gain", "gains", "gained", "gainer", "gainers", "gaining", "rise", "rose", "rises", "rising", "risen", "riser", "risers",
        "up", "best", "rally", "rallied", "jump", "jumped", "advanced", "advance", "advancer", "advancers", "climb", "climbed",
        "higher", "highest", "strongest", "outperformer", "outperformers", "surge", "surged", "soar", "soared", "added",
    };

    public static readonly HashSet<string> Down = new(StringComparer.Ordinal)
    {
        "lose", "lost", "loses", "losing", "loss", "losses", "loser", "losers", "fall", "fell", "falls", "falling", "fallen",
        "faller", "fallers", "decliner", "decliners", "decline", "declined", "drop", "dropped", "drops", "drag", "drags",
        "dragged", "laggard", "laggards", "worst", "weakest", "lowest", "slump", "slumped", "tumble", "tumbled", "down", "lower",
        "sank", "sink", "plunge", "plunged", "slide", "slid", "shed", "underperformer", "underperformers",
    };

    public static readonly HashSet<string> SectorWords = new(StringComparer.Ordinal)
    {
        "sector", "sectors", "sub-index", "sub-indices", "sub-indexes", "subindex", "subindices", "industry", "industries",
    };

    public static readonly HashSet<string> IndexWords = new(StringComparer.Ordinal) { "index", "indices", "indexes", "benchmarks" };

    public static readonly HashSet<string> Why = new(StringComparer.Ordinal) { "why", "why's", "reason", "reasons", "cause", "caused", "drove", "behind", "explain" };

    public static readonly HashSet<string> Summary = new(StringComparer.Ordinal) { "market", "markets", "summary", "overview", "happened", "session", "recap", "digest" };

    public static readonly HashSet<string> Compare = new(StringComparer.Ordinal) { "vs", "vs.", "versus", "compare", "compared", "against" };

    public static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>
    /// Categories users rank by ("which bank stock fell most?", "chip stocks"), each with the words recaps use
    /// for it in names and sentences. A word not listed here is looked for as it is.
    /// </summary>
    public static readonly Dictionary<string, string[]> Categories = Build(
    [
        ["bank", "bank", "banks", "banking", "lender", "lenders"],
        ["chip", "chip", "chips", "chipmaker", "semiconductor", "semi", "foundry"],
        ["pharmaceutical", "pharma", "drug", "medicine", "biotech", "biopharma", "medical"],
        ["healthcare", "health", "healthcare", "medical", "pharma", "biotech", "biopharma", "hospital", "drug", "biologic"],
        ["mining", "mining", "miner", "miners", "gold", "copper", "metal", "lithium", "coal"],
        ["property", "property", "properties", "developer", "developers", "real estate", "land", "estate"],
        ["tech", "tech", "technology", "internet", "software", "platform", "e-commerce", "online"],
        ["auto", "auto", "automaker", "carmaker", "car", "cars", "vehicle", "ev"],
        ["oil", "oil", "energy", "petro", "petroleum", "gas", "crude", "refiner"],
        ["insurance", "insurer", "insurers", "insurance", "life"],
        ["airline", "airline", "airlines", "carrier", "aviation"],
        ["shipping", "shipping", "port", "ports", "shipper", "container"],
        ["consumer", "consumer", "retail", "retailer", "food", "beverage", "liquor", "baijiu", "apparel", "sportswear"],
        ["telecom", "telecom", "telecoms", "mobile", "telecommunication"],
        ["utility", "utility", "utilities", "power", "electricity", "water"],
        ["solar", "solar", "photovoltaic", "renewable", "wind"],
        ["battery", "battery", "batteries", "lithium"],
        ["brokerage", "brokerage", "brokerages", "broker", "brokers", "securities"],
        ["heavyweight", "heavyweight", "heavyweights", "blue chip", "blue-chip", "blue chips", "bellwether"],
    ]);

    /// <summary>Category words the user may type for a listed category ("banks", "chips", "drugmakers").</summary>
    private static Dictionary<string, string[]> Build(string[][] rows)
    {
        var categories = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var terms = row[1..];
            categories.TryAdd(row[0], terms);
            foreach (var term in terms.Where(t => !t.Contains(' ', StringComparison.Ordinal)))
            {
                categories.TryAdd(term, terms);
            }
        }
        categories.TryAdd("pharmaceuticals", categories["pharmaceutical"]);
        categories.TryAdd("drugmaker", categories["pharmaceutical"]);
        categories.TryAdd("drugmakers", categories["pharmaceutical"]);
        categories.TryAdd("semiconductors", categories["chip"]);
        categories.TryAdd("chipmakers", categories["chip"]);
        categories.TryAdd("carmakers", categories["auto"]);
        categories.TryAdd("automakers", categories["auto"]);
        categories.TryAdd("developers", categories["property"]);
        categories.TryAdd("insurers", categories["insurance"]);
        return categories;
    }
}
