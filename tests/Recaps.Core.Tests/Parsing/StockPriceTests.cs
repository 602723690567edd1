using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class StockPriceTests
{
    [Fact]
    public void Parse_HongKongDollarSign_ReadsPriceInHkd()
    {
        var text = "Insurer AIA jumped 6.5% to HK$58.10 after its new business value beat forecasts.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-04-30T18:00:00+08:00")).Session;

        var aia = session.Single(m => m.Is("AIA"));
        Assert.Equal(6.5m, aia.Figures.Pct);
        Assert.Equal(58.10m, aia.Figures.Price);
        Assert.Equal("HKD", aia.Figures.Currency);
    }

    [Fact]
    public void Parse_PriceInYuan_ReadsPriceInCny()
    {
        var text = "Electric-car maker BYD rose 5.5% to 100.01 yuan, leading the auto sector higher.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-12-26T18:00:00+08:00")).Session;

        var byd = session.Single(m => m.Is("BYD"));
        Assert.Equal(5.5m, byd.Figures.Pct);
        Assert.Equal(100.01m, byd.Figures.Price);
        Assert.Equal("CNY", byd.Figures.Currency);
    }

    [Fact]
    public void Parse_UpPenceToPounds_ReadsPriceInGbp()
    {
        var text = "In London, Prudential was up 96p to £11.25 after its first-half profit beat forecasts.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2014-07-30T18:00:00+01:00")).Session;

        var prudential = session.Single(m => m.Is("Prudential"));
        Assert.Equal(Direction.Up, prudential.Direction);
        Assert.Equal(11.25m, prudential.Figures.Price);
        Assert.Equal("GBP", prudential.Figures.Currency);
        Assert.Null(prudential.Figures.Pct);
    }
}
