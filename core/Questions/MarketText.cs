using System.Globalization;
using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

/// <summary>
/// How answers and digests write market facts: figures as the recap gave them (<c>+9%</c>, <c>-0.76%</c>,
/// <c>+146 points</c>, <c>23,827.79</c>), session dates as <c>Wed 21 May 2025</c>, venues by name, sources as
/// <c>from recap NAME</c>. One place, so a figure reads the same in every answer.
/// </summary>
public static class MarketText
{
    private static readonly Dictionary<string, string> VenueNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HK"] = "Hong Kong", ["SH"] = "Shanghai", ["SZ"] = "Shenzhen", ["CN"] = "mainland China", ["US"] = "New York",
        ["LSE"] = "London", ["UK"] = "London", ["JP"] = "Tokyo", ["DE"] = "Frankfurt", ["KR"] = "Seoul", ["SG"] = "Singapore",
        ["BSE"] = "Mumbai (BSE)", ["NSE"] = "Mumbai (NSE)", ["IN"] = "India", ["ASX"] = "Sydney", ["AU"] = "Sydney",
        ["TW"] = "Taipei", ["FR"] = "Paris", ["NZ"] = "Wellington", ["ID"] = "Jakarta", ["MY"] = "Kuala Lumpur",
        ["TH"] = "Bangkok", ["PH"] = "Manila", ["ASIA"] = "Asia", ["EU"] = "Europe",
    };

    private static readonly Dictionary<string, string> MarketNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HK"] = "Hong Kong", ["CN"] = "mainland China", ["US"] = "US", ["UK"] = "UK", ["DE"] = "Germany", ["JP"] = "Japan",
        ["KR"] = "South Korea", ["IN"] = "India", ["SG"] = "Singapore", ["AU"] = "Australia", ["TW"] = "Taiwan",
        ["FR"] = "France", ["NZ"] = "New Zealand", ["ID"] = "Indonesia", ["MY"] = "Malaysia", ["TH"] = "Thailand",
        ["PH"] = "the Philippines", ["ASIA"] = "Asia", ["EU"] = "Europe",
    };

    /// <summary>"Wed 21 May 2025".</summary>
    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Hong Kong" for HK, "Shenzhen" for SZ; an unknown code as it is.</summary>
    public static string Venue(string code) => VenueNames.GetValueOrDefault(code, code);

    /// <summary>"Hong Kong", "mainland China", "US"; an unknown code as it is.</summary>
    public static string Market(string code) => MarketNames.GetValueOrDefault(code, code);

    /// <summary>"from recap hk-0521.txt".</summary>
    public static string Source(ArticleRef article) => $"from {Recap(article)}";

    /// <summary>"recap hk-0521.txt", for lists of sources.</summary>
    public static string Recap(ArticleRef article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return $"recap {article.Source}";
    }

    /// <summary>"Close", "midday", ... as a phrase for a session heading: "close", "midday session".</summary>
    public static string SessionKind(SessionKind kind) => kind switch
    {
        Model.SessionKind.Midday => "midday",
        Model.SessionKind.Open => "opening",
        Model.SessionKind.Intraday => "intraday",
        _ => "close",
    };

    /// <summary>
    /// The move's figures as one phrase: "+9%, at HKD 263", "+0.6%, +146 points, to 23,827.79",
    /// "over +3%", "up" when the recap gave a direction and no figure; the span when it is not the session
    /// ("(for the week)").
    /// </summary>
    public static string Figures(Move move) => WithSpan(move, string.Join(", ", Parts(move)));

    /// <summary>
    /// The move's first figure only, for one-line mentions: "+9%", "about +3%", "-29.1 points", "up" when the
    /// recap gave no figure; the span when it is not the session.
    /// </summary>
    public static string Headline(Move move) => WithSpan(move, Parts(move)[0]);

    private static string WithSpan(Move move, string figures) => Span(move) is { } span ? $"{figures} ({span})" : figures;

    private static List<string> Parts(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var f = move.Figures;
        var parts = new List<string>();
        if (f.Pct is { } pct)
        {
            parts.Add($"{WithSign(pct)}%");
        }
        else if (f.PctLow is not null || f.PctHigh is not null)
        {
            parts.Add($"{WithSign(f.PctLow)}% to {WithSign(f.PctHigh)}%");
        }
        if (f.Points is { } points)
        {
            parts.Add($"{WithSign(points)} points");
        }
        if (f.PriceChange is { } change)
        {
            parts.Add($"{WithSign(change)}{(f.Currency is null ? "" : " " + f.Currency)}");
        }
        if (f.Level is { } level)
        {
            parts.Add($"{(move.Kind == InstrumentKind.Index ? "at" : "to")} {Number(level)}");
        }
        if (f.Price is { } price)
        {
            parts.Add(f.Currency is null ? $"at {Number(price)}" : $"at {f.Currency} {Number(price)}");
        }
        if (f.ContributionPoints is { } contribution)
        {
            parts.Add($"{WithSign(contribution)} points to the index");
        }
        if (parts.Count == 0)
        {
            parts.Add(Direction(move.Direction));
        }
        if (move.Qualifier is { } qualifier)
        {
            parts[0] = $"{qualifier} {parts[0]}";
        }
        return parts;
    }

    /// <summary>
    /// "Contemporary Amperex Technology Co Ltd (CATL, Hong Kong)": the name, a proper name the recap also used
    /// for it when that is not part of the name ("KOSPI", "Commerce &amp; Industry"; not descriptions such as
    /// "healthcare stocks"), and for a stock the venue.
    /// </summary>
    public static string Label(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var extras = new List<string>(2);
        // A proper name ("CATL", "KOSPI", "Commerce & Industry"), not a ticker or a phrase ("healthcare stocks").
        if (move.Aliases.FirstOrDefault(a => a.Any(char.IsUpper) && !a.All(char.IsAsciiDigit) && !move.Name.Contains(a, StringComparison.OrdinalIgnoreCase)) is { } alias)
        {
            extras.Add(alias);
        }
        if (move.Venue is { } venue && move.Kind == InstrumentKind.Stock)
        {
            extras.Add(Venue(venue));
        }
        return extras.Count == 0 ? move.Name : $"{move.Name} ({string.Join(", ", extras)})";
    }

    /// <summary>"CATL (Hong Kong): +9%, at HKD 263".</summary>
    public static string Line(Move move) => $"{Label(move)}: {Figures(move)}";

    /// <summary>"up", "down", "flat", "mixed", "moved".</summary>
    public static string Direction(Direction? direction) => direction switch
    {
        Model.Direction.Up => "up",
        Model.Direction.Down => "down",
        Model.Direction.Flat => "flat",
        Model.Direction.Mixed => "mixed",
        _ => "moved",
    };

    /// <summary>The span a move covers when it is not the plain session: "for the week", "in the morning".</summary>
    public static string? Span(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var period = move.Period switch
        {
            MovePeriod.PreviousDay => "the previous day",
            MovePeriod.PreviousThreeSessions => "over the previous three sessions",
            MovePeriod.Week => "for the week",
            MovePeriod.Month => "for the month",
            MovePeriod.QuarterToDate => "quarter to date",
            MovePeriod.YearToDate => "year to date",
            MovePeriod.YearToDatePrior => "year to date, before this session",
            MovePeriod.ThreeMonth => "over three months",
            MovePeriod.SixMonth => "over six months",
            MovePeriod.Year => "over a year",
            _ => null,
        };
        var parts = new[] { period, move.Session }.OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>"+9", "-0.76", "0"; digits as the recap gave them (decimal keeps trailing zeros).</summary>
    public static string WithSign(decimal? value) => value switch
    {
        null => "?",
        > 0 => "+" + Number(value.Value),
        < 0 => "-" + Number(-value.Value),
        _ => "0",
    };

    /// <summary>"23,827.79", "263.00": thousands separated, decimals as stored.</summary>
    public static string Number(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var grouped = decimal.Parse(whole, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);
        return dot < 0 ? grouped : grouped + text[dot..];
    }
}
