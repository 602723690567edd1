using System.Globalization;
using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Benchmarks;

/// <summary>
/// The sessions of a generated store, the same every run: 10 markets, each with 150 instruments (an index, 10
/// blue chips named in 90% of sessions, 139 stocks named in 21.5%), about 250 sessions a year (weekdays
/// less some holidays) ending 2025-12-31, about 40 moves a session with recap-sized sentences.
/// </summary>
internal sealed class GeneratedSessions
{
    public const int InstrumentsPerMarket = 150;
    public const int BlueChips = 10;

    private static readonly string[] Markets = ["CN", "HK", "JP", "KR", "TW", "IN", "AU", "SG", "US", "UK"];
    private static readonly DateOnly LastDay = new(2025, 12, 31);
    private static readonly string[] Reasons =
    [
        "after the central bank left its policy rate unchanged",
        "as investors weighed fresh trade data against weaker factory output",
        "on bets that the government would step up support for the property sector",
        "after quarterly earnings beat analysts' forecasts",
    ];

    public GeneratedSessions(int years)
    {
        Years = years;
        var first = LastDay.AddYears(-years).AddDays(1);
        Dates = [.. Enumerable.Range(0, LastDay.DayNumber - first.DayNumber + 1)
            .Select(first.AddDays)
            .Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(d))];
    }

    public int Years { get; }

    /// <summary>Trading days, oldest first; every market trades on each.</summary>
    public IReadOnlyList<DateOnly> Dates { get; }

    public static IReadOnlyList<string> MarketCodes => Markets;

    public int SessionCount => Dates.Count * Markets.Length;

    /// <summary>Every market's session on every date, in the order they are written (date by date).</summary>
    public IEnumerable<MarketSession> All() => Dates.SelectMany(date => Markets.Select(market => Build(market, date)));

    /// <summary>The instruments nearly every session names: each market's index and blue chips.</summary>
    public static IReadOnlyList<string> PopularInstrumentKeys() =>
        [.. Markets.SelectMany(market => Enumerable.Range(0, BlueChips + 1).Select(n => InstrumentNames.NewKey(Name(market, n))))];

    public static string Source(MarketSession session) =>
        string.Create(CultureInfo.InvariantCulture, $"gen/{session.Market}/{session.Date:yyyy-MM-dd}.txt");

    // About ten weekdays a year, the same every run.
    private static bool IsHoliday(DateOnly date) => date.DayNumber * 7919 % 26 == 0;

    private static MarketSession Build(string market, DateOnly date)
    {
        // Seeded from the date and market only (HashCode is randomised per process), so every run writes the same store.
        var random = new Random(date.DayNumber * Markets.Length + Array.IndexOf(Markets, market));
        var moves = new List<Move>(48);
        for (var n = 0; n < InstrumentsPerMarket; n++)
        {
            var chance = n == 0 ? 1.0 : n <= BlueChips ? 0.9 : 0.215;
            if (random.NextDouble() < chance)
            {
                moves.Add(Move(market, n, random));
            }
        }
        return new MarketSession { Date = date, DateBasis = DateBasis.Stated, Market = market, Moves = moves };
    }

    private static Move Move(string market, int n, Random random)
    {
        var pct = Math.Round((decimal)(random.NextDouble() * 8 - 4), 2);
        var direction = pct > 0 ? Direction.Up : pct < 0 ? Direction.Down : Direction.Flat;
        var name = Name(market, n);
        var verb = direction == Direction.Up ? "rose" : direction == Direction.Down ? "fell" : "was flat";
        var reason = random.Next(3) == 0 ? Reasons[random.Next(Reasons.Length)] : null;
        if (n == 0)
        {
            var level = Math.Round((decimal)(2000 + random.NextDouble() * 30000), 2);
            var points = Math.Round(level * pct / 100, 2);
            return new Move
            {
                Kind = InstrumentKind.Index,
                Name = name,
                Venue = market,
                Direction = direction,
                Figures = new Figures { Pct = pct, Points = points, Level = level },
                Reason = reason,
                Evidence = string.Create(CultureInfo.InvariantCulture,
                    $"The {name} {verb} {Math.Abs(pct)}%, or {Math.Abs(points)} points, to close at {level:#,0.00} {reason ?? "in thin trade"}."),
            };
        }
        var price = Math.Round((decimal)(1 + random.NextDouble() * 500), 2);
        return new Move
        {
            Kind = InstrumentKind.Stock,
            Name = name,
            Venue = market,
            Direction = direction,
            Figures = new Figures { Pct = pct, Price = price, Currency = "USD" },
            Reason = reason,
            Evidence = string.Create(CultureInfo.InvariantCulture,
                $"Shares of {name} {verb} {Math.Abs(pct)}% to {price} {reason ?? "while the broader market drifted"}, with turnover above its 30-day average."),
        };
    }

    private static string Name(string market, int n) =>
        n == 0 ? $"{market} Benchmark Index" : string.Create(CultureInfo.InvariantCulture, $"{market} Company {n:D3} Holdings");
}
