using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class ForecastAndCommodityTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2025-06-04T18:00:00+10:00");

    [Fact]
    public void Parse_AnalystsExpectLevel_IsNotAMove()
    {
        var text = "The S&P/ASX 200 rose 0.4 per cent to 8,420.5. Analysts at Morgan Stanley expect the ASX 200 to end the year at 8,700.";

        var move = Assert.Single(new RecapParser().Parse(text, Received).Session.Moves);

        Assert.Equal(8420.5m, move.Figures.Level);
    }

    [Fact]
    public void Parse_BrentCrudeRose_IsCommodityWithPrice()
    {
        var text = "Brent crude rose 1.4% to $83.69 a barrel.";

        var move = Assert.Single(new RecapParser().Parse(text, Received).Session.Moves);

        Assert.Equal(InstrumentKind.Commodity, move.Kind);
        Assert.Equal(1.4m, move.Figures.Pct);
        Assert.Equal(83.69m, move.Figures.Price);
    }

    [Fact]
    public void Parse_HedgedHeadlineAndExactBody_AreOneMove()
    {
        var text = "SMIC tumbles over 4%\nSMIC (00981) tumbled 4.6% to HK$45.10.";

        var move = Assert.Single(new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session.Moves);

        Assert.Equal(-4.6m, move.Figures.Pct);
    }
}
