using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class TableTests
{
    [Fact]
    public void Parse_PriceAndChangeColumns_ReadPriceAndSignedPct()
    {
        var text = "Among the HSI's top gainers and losers:\n\nStock | Last | Change\n"
            + "CHINA MOBILE (00941) | $74.35 | +1.43%\nLI AUTO-W (02015) | $97.85 | -5.06%\n";

        var moves = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session.Moves;

        var mobile = Assert.Single(moves, m => m.Name == "CHINA MOBILE");
        Assert.Equal(1.43m, mobile.Figures.Pct);
        Assert.Equal(74.35m, mobile.Figures.Price);
        var liAuto = Assert.Single(moves, m => m.Name.StartsWith("LI AUTO", StringComparison.Ordinal));
        Assert.Equal(Direction.Down, liAuto.Direction);
        Assert.Equal(-5.06m, liAuto.Figures.Pct);
    }

    [Fact]
    public void Parse_PercentColumnUnderIndexHeading_ReadsPctAndVenue()
    {
        var text = "Top gainers and losers on the Nifty:\n\nStock | Change (%)\nWipro | 3.95\nHindalco | -2.12\n";

        var moves = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+05:30")).Session.Moves;

        Assert.Equal(3.95m, Assert.Single(moves, m => m.Name == "Wipro").Figures.Pct);
        var hindalco = Assert.Single(moves, m => m.Name == "Hindalco");
        Assert.Equal(-2.12m, hindalco.Figures.Pct);
        Assert.Equal("NSE", hindalco.Venue);
    }
}
