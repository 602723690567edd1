using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SectorMoveTests
{
    private static readonly string[] AroundQualifiers = ["around", "about"];

    [Fact]
    public void Parse_SectorIndexClimbingAround_ReadsApproximatePercent()
    {
        var text = "Sector-wise, Hong Kong's healthcare stocks outperformed, with the healthcare index climbing around 3% "
            + "as investors rotated into the sector.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var healthcare = session.Single(m => m.IsSector("healthcare") && m.Figures.Pct != null);
        Assert.Equal(Direction.Up, healthcare.Direction);
        Assert.Equal(3m, healthcare.Figures.Pct);
        Assert.Contains(healthcare.Qualifier, AroundQualifiers);
    }

    [Fact]
    public void Parse_SubIndexFallingTheMostBy_GivesNegativePercent()
    {
        var text = "The Hang Seng Index fell 0.12 percent. Among the sub-indices, the Utilities sub-index rose 0.25 percent, "
            + "with the Properties sub-index falling the most by 0.52 percent.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2015-08-14T18:00:00+08:00")).Session;

        var properties = session.Single(m => m.IsSector("Properties"));
        Assert.Equal(Direction.Down, properties.Direction);
        Assert.Equal(-0.52m, properties.Figures.Pct);
        var utilities = session.Single(m => m.IsSector("Utilities"));
        Assert.Equal(0.25m, utilities.Figures.Pct);
    }

    [Fact]
    public void Parse_EverySectorPostedGains_KeepsIndexAndReportsNoFallingSector()
    {
        // Sector-level up moves or none at all are both fine; a crash or a falling sector is not.
        var text = "The Hang Seng Index gained 146 points, or 0.6%. Every sector posted gains, with tech stocks "
            + "emerging on top alongside property and consumer equities.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
        session.None(m => m.Kind == InstrumentKind.Sector && m.Direction != Direction.Up);
    }
}
