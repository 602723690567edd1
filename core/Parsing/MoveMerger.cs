using Recaps.Core.Instruments;
using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>
/// Turns drafts into moves: names each instrument once (companies by identity, indices by the
/// catalogue, sectors by what they cover), settles venues and signs, and folds restatements of one
/// move ("Nvidia jumping 5.6%" ... "up 6.93 USD (5.63%)") into one, keeping the precise figures.
/// </summary>
internal static class MoveMerger
{
    public static List<Move> Merge(List<MoveDraft> drafts, ArticleContext context)
    {
        var identities = CompanyClusters.Build(drafts);
        var built = new List<(MoveDraft Draft, string Key, Move Move)>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Figured drafts first, so a figureless mention folds into the move it restates.
        var ordered = drafts.ToArray();
        Array.Sort(ordered, (x, y) => x.HasFigures != y.HasFigures ? (x.HasFigures ? -1 : 1) : x.Order.CompareTo(y.Order));
        foreach (var d in ordered)
        {
            var (key, move) = Build(d, identities, context);
            if (!byKey.TryGetValue(key, out var same))
            {
                byKey[key] = same = [];
            }

            var existing = same.FirstOrDefault(i => Compatible(built[i].Move, move), -1);
            if (existing >= 0)
            {
                var (firstDraft, k, m) = built[existing];
                built[existing] = (firstDraft.Order <= d.Order ? firstDraft : d, k, Combine(m, move, d.FromHeading));
                continue;
            }

            if (!d.HasFigures && same.Any(i => built[i].Move.Direction != move.Direction))
            {
                // A figureless mention that disagrees with a stated move is the text talking about something else.
                continue;
            }

            same.Add(built.Count);
            built.Add((d, key, move));
        }

        built.Sort((x, y) => x.Draft.Order.CompareTo(y.Draft.Order));
        return built.ConvertAll(b => b.Move);
    }

    private static (string Key, Move Move) Build(MoveDraft d, Dictionary<string, CompanyCluster> identities, ArticleContext context)
    {
        var kind = d.Kind;
        string name;
        var aliases = new List<string>();
        string key;
        string? venue = null;
        switch (d.Subject.Kind)
        {
            case MentionKind.Index or MentionKind.Market:
                var index = IndexCatalog.Find(d.Subject.Key!);
                name = index?.Name ?? d.Subject.Surface;
                key = "index:" + d.Subject.Key;
                AddAlias(aliases, name, d.Subject.Surface);
                break;
            case MentionKind.Commodity:
                name = Capitalize(d.Subject.Surface);
                key = "commodity:" + d.Subject.Surface.ToLowerInvariant();
                // "$2,330 an ounce": commodities are quoted in US dollars whatever the market's own dollar.
                if (d.Currency is "HKD" or "SGD" or "AUD" or "TWD")
                {
                    d.Currency = "USD";
                }

                break;
            case MentionKind.Sector:
                var catalogSector = d.Subject.Key is { } sk && IndexCatalog.Find(sk) is { } s ? s : null;
                name = catalogSector?.Name ?? Capitalize(d.Subject.Surface);
                AddAlias(aliases, name, d.Subject.Surface);
                venue = SectorVenue(d.ContextMarket);
                key = "sector:" + (string.IsNullOrEmpty(d.Subject.Key) ? d.Subject.Surface.ToLowerInvariant() : d.Subject.Key);
                break;
            default:
                var cluster = identities[d.Subject.Surface];
                name = cluster.Name;
                aliases.AddRange(cluster.Aliases);
                key = "stock:" + cluster.Name;
                venue = StockVenue(d, cluster, context);
                break;
        }

        if (d.Pct == 0m && d.Direction is Direction.Up or Direction.Down)
        {
            d.Direction = Direction.Flat;
        }

        var down = d.Direction == Direction.Down;
        var figures = new Figures
        {
            Pct = Signed(d.Pct, down),
            PctLow = Signed(d.PctLow, down),
            PctHigh = Signed(d.PctHigh, down),
            Points = Signed(d.Points, down),
            Level = d.Level,
            Price = d.Price,
            Currency = d.Price is null ? null : d.Currency,
            PriceChange = Signed(d.PriceChange, down),
            ContributionPoints = d.Contribution,
        };
        var move = new Move
        {
            Kind = kind,
            Name = name,
            Aliases = aliases,
            Venue = venue,
            Direction = d.Direction,
            Figures = figures,
            Qualifier = d.Qualifier,
            Period = d.Period,
            Session = d.Session,
            Reason = d.Reason,
            Evidence = d.Evidence,
        };
        return (string.Concat(key, "|", d.Period is { } p ? PeriodKeys[(int)p] : string.Empty, "|", d.Session), move);
    }

    private static readonly string[] PeriodKeys = Enum.GetNames<MovePeriod>();

    private static decimal? Signed(decimal? value, bool down) => value is { } v && down ? -Math.Abs(v) : value;

    private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static void AddAlias(List<string> aliases, string name, string surface)
    {
        if (!string.Equals(surface, name, StringComparison.Ordinal) && !aliases.Contains(surface))
        {
            aliases.Add(surface);
        }
    }

    private static string? SectorVenue(string market) => market is "ASIA" or "GLOBAL" or "EU" ? null : market;

    private static string? StockVenue(MoveDraft d, CompanyCluster cluster, ArticleContext context)
    {
        if (d.Venue is { } stated)
        {
            return stated;
        }

        if (cluster.TickerVenue is { } fromTicker)
        {
            return fromTicker;
        }

        var currency = d.Currency ?? d.ChangeCurrency;
        var fromCurrency = currency switch
        {
            "HKD" => "HK",
            "CNY" => "CN",
            "KRW" => "KR",
            "GBX" or "GBP" => "LSE",
            "JPY" => "JP",
            "INR" => "IN",
            "SGD" => "SG",
            _ => null,
        };
        if (fromCurrency is not null)
        {
            return fromCurrency;
        }

        if (d.ContextVenue is { } fromIndex)
        {
            return fromIndex;
        }

        var market = d.ContextMarket is "ASIA" or "GLOBAL" or "EU" ? context.Market : d.ContextMarket;
        return Markets.Find(market)?.DefaultVenue;
    }

    private static bool Compatible(Move a, Move b)
    {
        if (a.Venue is not null && b.Venue is not null && a.Venue != b.Venue && !Nested(a.Venue, b.Venue))
        {
            return false;
        }

        if (a.Direction is not null && b.Direction is not null && a.Direction != b.Direction)
        {
            return false;
        }

        var fa = a.Figures;
        var fb = b.Figures;
        var pctAgrees = Agrees(fa.Pct, fb.Pct) || Hedged(fa.Pct, a.Qualifier, fb.Pct) || Hedged(fb.Pct, b.Qualifier, fa.Pct);
        return pctAgrees && Agrees(fa.Points, fb.Points) && Agrees(fa.Level, fb.Level) && Agrees(fa.Price, fb.Price);
    }

    /// <summary>"over 4%" and "4.6%", "nearly 5%" and "4.7%": a hedged round figure and the exact one it stands for.</summary>
    private static bool Hedged(decimal? rough, string? qualifier, decimal? exact)
    {
        if (rough is not { } r || exact is not { } e)
        {
            return false;
        }

        var (ra, ea) = (Math.Abs(r), Math.Abs(e));
        return qualifier switch
        {
            "over" => ea >= ra && ea < ra + 1,
            "nearly" => ea <= ra && ea > ra - 1,
            "about" => Math.Abs(ea - ra) < 0.5m,
            _ => false,
        };
    }

    /// <summary>A market's code contains its boards: "CN" holds "SH" and "SZ", "IN" holds "BSE" and "NSE".</summary>
    private static bool Nested(string x, string y) => (x, y) switch
    {
        ("CN", "SH" or "SZ") or ("SH" or "SZ", "CN") => true,
        ("IN", "BSE" or "NSE") or ("BSE" or "NSE", "IN") => true,
        _ => false,
    };

    /// <summary>Equal, unknown on one side, or the same figure rounded ("5.6%" and "5.63%", "5%" and "4.9%").</summary>
    internal static bool Agrees(decimal? x, decimal? y)
    {
        if (x is not { } a || y is not { } b)
        {
            return true;
        }

        if (a == b)
        {
            return true;
        }

        var (coarse, fine) = Scale(a) <= Scale(b) ? (a, b) : (b, a);
        return Math.Round(fine, Scale(coarse), MidpointRounding.AwayFromZero) == coarse;
    }

    private static int Scale(decimal d) => (decimal.GetBits(d)[3] >> 16) & 0xFF;

    private static Move Combine(Move a, Move b, bool bFromHeading)
    {
        var fa = a.Figures;
        var fb = b.Figures;
        var pctFromB = Finer(fa.Pct, fb.Pct) != fa.Pct;
        var figures = fa with
        {
            Pct = Finer(fa.Pct, fb.Pct),
            PctLow = fa.PctLow ?? fb.PctLow,
            PctHigh = fa.PctHigh ?? fb.PctHigh,
            Points = Finer(fa.Points, fb.Points),
            Level = Finer(fa.Level, fb.Level),
            Price = Finer(fa.Price, fb.Price),
            Currency = fa.Currency ?? fb.Currency,
            PriceChange = fa.PriceChange ?? fb.PriceChange,
            ContributionPoints = fa.ContributionPoints ?? fb.ContributionPoints,
        };
        var aliases = new List<string>(a.Aliases.Count + b.Aliases.Count);
        foreach (var alias in a.Aliases.Concat(b.Aliases))
        {
            if (alias != a.Name && !aliases.Contains(alias))
            {
                aliases.Add(alias);
            }
        }

        var bRicher = !bFromHeading && Count(fb) > Count(fa);
        return a with
        {
            Aliases = aliases,
            Venue = a.Venue ?? b.Venue,
            Direction = a.Direction ?? b.Direction,
            Figures = figures,
            Qualifier = pctFromB ? b.Qualifier : a.Qualifier ?? (fa.Pct is null ? b.Qualifier : null),
            Reason = a.Reason ?? b.Reason,
            Evidence = bRicher ? b.Evidence : a.Evidence,
        };
    }

    private static int Count(Figures f) => (f.Pct is null ? 0 : 1) + (f.Points is null ? 0 : 1) + (f.Level is null ? 0 : 1) + (f.Price is null ? 0 : 1);

    private static decimal? Finer(decimal? a, decimal? b) => a is null ? b : b is null ? a : Scale(b.Value) > Scale(a.Value) ? b : a;
}
