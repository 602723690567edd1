using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class ReferenceMoreTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2025-06-04T18:00:00+08:00");

    [Fact]
    public void Parse_BareBenchmark_IsTheMarketsMainIndex()
    {
        var text = "Hong Kong stocks fell on Wednesday. The benchmark fell 1.2% to 17,000.5, while the Hang Seng Tech Index lost 2%.";

        var moves = new RecapParser().Parse(text, Received).Session.Moves;

        var hsi = Assert.Single(moves, m => m.Name == "Hang Seng Index");
        Assert.Equal(-1.2m, hsi.Figures.Pct);
        Assert.Equal(17000.5m, hsi.Figures.Level);
    }

    [Fact]
    public void Parse_ItsAShares_AreTheCompanysMainlandMove()
    {
        var text = "Carmaker BYD fell 2.3 percent to HK$283.4, and its A-shares in Shenzhen lost 1.6 percent.";

        var moves = new RecapParser().Parse(text, Received).Session.Moves;

        var hk = Assert.Single(moves, m => m.Name == "BYD" && m.Venue == "HK");
        Assert.Equal(-2.3m, hk.Figures.Pct);
        var sz = Assert.Single(moves, m => m.Name == "BYD" && m.Venue == "SZ");
        Assert.Equal(-1.6m, sz.Figures.Pct);
    }

    [Fact]
    public void Parse_IndexInAnAside_DoesNotTakeTheCompanysFigures()
    {
        var text = "Tencent, the index heavyweight, closed down 1.27 percent at 326.8 HK dollars.";

        var move = Assert.Single(new RecapParser().Parse(text, Received).Session.Moves);

        Assert.Equal("Tencent", move.Name);
        Assert.Equal(326.8m, move.Figures.Price);
    }

    [Fact]
    public void Parse_IndexThatFinishedDownInRelativeClause_IsItsOwnMove()
    {
        var text = "Texas Instruments shed 3.5% on a weak forecast, weighing on the Philadelphia semiconductor index, which finished down 2.4%.";

        var moves = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00-04:00")).Session.Moves;

        Assert.Equal(-3.5m, Assert.Single(moves, m => m.Name == "Texas Instruments").Figures.Pct);
        Assert.Equal(-2.4m, Assert.Single(moves, m => m.Kind == InstrumentKind.Index).Figures.Pct);
    }
}
