using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class StockMoveTests
{
    [Theory]
    [InlineData("CSPC Pharmaceutical", 2.8)]
    [InlineData("Hansoh Pharmaceutical", 2.6)]
    [InlineData("Wuxi Biologics", 1.6)]
    public void Parse_ParenthesisedGainerList_GivesEachStockItsOwnFigure(string name, double pct)
    {
        var text = "The Hang Seng Index rose 141 points, or 0.6%, to close at 23,654. Other biotech and pharmaceutical names "
            + "also saw solid gains, including CSPC Pharmaceutical (up 2.8%), Hansoh Pharmaceutical (2.6%), and Wuxi Biologics (1.6%).";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var stock = session.Single(m => m.Kind == InstrumentKind.Stock && m.Is(name));
        Assert.Equal(Direction.Up, stock.Direction);
        Assert.Equal((decimal)pct, stock.Figures.Pct);
    }

    [Fact]
    public void Parse_EdgingHigherWithoutFigure_HasDirectionAndNoPercent()
    {
        var text = "Tech sentiment was also lifted, with Xiaomi edging higher after CEO Lei Jun said the company's "
            + "electric vehicle division could reach profitability in the second half of 2025.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var xiaomi = session.Single(m => m.Is("Xiaomi"));
        Assert.Equal(Direction.Up, xiaomi.Direction);
        Assert.Null(xiaomi.Figures.Pct);
    }

    [Fact]
    public void Parse_RisingOverPercent_RecordsFigureAndQualifier()
    {
        var text = "Kuaishou rose over 3% as investors bet on its video-generation tools.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-10-09T18:00:00+08:00")).Session;

        var kuaishou = session.Single(m => m.Is("Kuaishou"));
        Assert.Equal(Direction.Up, kuaishou.Direction);
        Assert.Equal(3m, kuaishou.Figures.Pct);
        Assert.Equal("over", kuaishou.Qualifier);
    }

    [Fact]
    public void Parse_SurgedFollowingCause_RecordsReason()
    {
        var text = "Consumer and industrial plays posted notable gains: Smoore International surged 12.1% "
            + "following strong earnings guidance.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var smoore = session.Single(m => m.Is("Smoore International"));
        Assert.Equal(12.1m, smoore.Figures.Pct);
        Assert.Contains("Smoore International surged 12.1% following strong earnings guidance", smoore.Evidence, StringComparison.Ordinal);
        Assert.NotNull(smoore.Reason);
        Assert.Contains("strong earnings guidance", smoore.Reason, StringComparison.OrdinalIgnoreCase);
    }
}
