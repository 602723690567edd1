using Recaps.Core.Digest;
using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Tests.Digest;

public sealed class DigestTextTests
{
    private static readonly DateOnly May21 = new(2025, 5, 21);
    private static readonly ArticleRef First = new("a1", "cn-0521.txt", "v1", new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.Zero));
    private static readonly ArticleRef Second = new("a2", "wire-0521.txt", "v1", new DateTimeOffset(2025, 5, 21, 11, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Render_EveryPart_WritesEachSectionInOrderWithFiguresAsGiven()
    {
        var section = new DigestSection("CN", May21, SessionKind.Midday,
            Indices: [Stored(InstrumentKind.Index, "Shanghai Composite Index", new Figures { Pct = 0.21m, Points = 7.06m, Level = 3387.5700m })],
            Gainers: [Stored(InstrumentKind.Stock, "CATL", new Figures { Pct = 10.2m, Price = 263.00m, Currency = "CNY" }, venue: "SZ"),
                Stored(InstrumentKind.Stock, "Gotion High Tech", new Figures { Pct = 10m })],
            Losers: [Stored(InstrumentKind.Stock, "Kweichow Moutai", new Figures { Pct = -3m }, venue: "SH", qualifier: "nearly", direction: Direction.Down)],
            Sectors: [Stored(InstrumentKind.Sector, "Property equities", Figures.None)],
            Reasons: [Stored(InstrumentKind.Stock, "CATL", new Figures { Pct = 10.2m, Price = 263.00m, Currency = "CNY" }, venue: "SZ",
                reason: "strong earnings guidance", article: Second)],
            Sources: [First, Second]);
        var digest = new MarketDigest(May21, new DateOnly(2025, 5, 22), [section]);

        var text = DigestText.Render(digest);

        Assert.Equal("""
            No session stored for Thu 22 May 2025; the latest before it is Wed 21 May 2025.
            Mainland China midday, Wed 21 May 2025
            Indices:
              Shanghai Composite Index: +0.21%, +7.06 points, at 3,387.5700
            Gainers:
              CATL (Shenzhen): +10.2%, at CNY 263.00
              Gotion High Tech: +10%
            Losers:
              Kweichow Moutai (Shanghai): nearly -3%
            Sectors:
              Property equities: up
            Why:
              CATL (Shenzhen): +10.2% - strong earnings guidance
            Sources: recap cn-0521.txt, recap wire-0521.txt
            """, text);
    }

    [Fact]
    public void Render_SectionWithNoMovesOfTheSession_SaysSoAndStillCitesItsSources()
    {
        var section = new DigestSection("HK", May21, SessionKind.Close, [], [], [], [], [], [First]);

        var text = DigestText.Render(new MarketDigest(May21, null, [section]));

        Assert.Equal("""
            Hong Kong close, Wed 21 May 2025
              The recaps give no moves of the session itself.
            Sources: recap cn-0521.txt
            """, text);
    }

    private static StoredMove Stored(
        InstrumentKind kind, string name, Figures figures, string? venue = null, string? qualifier = null, Direction direction = Direction.Up,
        string? reason = null, ArticleRef? article = null) =>
        new(new Move { Kind = kind, Name = name, Venue = venue, Direction = direction, Figures = figures, Qualifier = qualifier, Reason = reason, Evidence = $"{name} moved." },
            name.ToLowerInvariant().Replace(' ', '-'), May21, "CN", SessionKind.Midday, article ?? First, 0);
}
