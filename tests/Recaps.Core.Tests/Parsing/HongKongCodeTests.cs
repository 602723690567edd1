using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class HongKongCodeTests
{
    [Fact]
    public void Parse_StockCodeInParentheses_IsAliasAndPriceInHkd()
    {
        var text = "Hang Seng Bank (00011) was the top blue-chip gainer, surging 25.88% to HKD 149.8.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-10-09T18:00:00+08:00")).Session;

        var bank = session.Single(m => m.Kind == InstrumentKind.Stock && m.Is("Hang Seng Bank"));
        Assert.True(bank.Is("00011"), $"code 00011 missing from aliases: {MoveText.Describe(bank)}");
        Assert.Equal(Direction.Up, bank.Direction);
        Assert.Equal(25.88m, bank.Figures.Pct);
        Assert.Equal(149.8m, bank.Figures.Price);
        Assert.Equal("HKD", bank.Figures.Currency);
    }

    [Fact]
    public void Parse_SameCodeWithAndWithoutLeadingZeros_IsOneInstrument()
    {
        var text = "The Hang Seng Index rose 0.6% to 23,827.79. Tencent (00700) gained 2.1% to HK$510.50, "
            + "the biggest contributor to the index. Tencent (700) was also the most actively traded stock by turnover.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var tencent = session.Single(m => m.Is("Tencent") || m.Is("00700") || m.Is("700"));
        Assert.True(tencent.Is("700") && tencent.Is("Tencent"), $"expected name Tencent with code 700: {MoveText.Describe(tencent)}");
        Assert.Equal(2.1m, tencent.Figures.Pct);
        Assert.Equal(510.50m, tencent.Figures.Price);
    }
}
