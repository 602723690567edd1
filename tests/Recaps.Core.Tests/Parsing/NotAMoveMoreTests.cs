using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class NotAMoveMoreTests
{
    [Fact]
    public void Parse_WireDateline_IsNotACompany()
    {
        var text = "SEOUL, Jan. 9 (Yonhap) -- South Korean stocks opened higher Tuesday.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2024-01-09T10:00:00+09:00")).Session;

        session.None(m => m.NameContains("Yonhap"));
    }

    [Fact]
    public void Parse_NationalityBeforeShares_IsNotAStock()
    {
        var text = "Australian shares rose 0.7% on Friday.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-06T17:00:00+10:00")).Session;

        session.None(m => m.Kind == InstrumentKind.Stock);
    }

    [Fact]
    public void Parse_EconomyShrank_IsNotAMove()
    {
        var text = "The UK economy shrank by 0.3% in the final quarter.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+01:00")).Session;

        Assert.True(session.Moves.Count == 0, MoveText.List(session.Moves));
    }

    [Fact]
    public void Parse_CentralBankRateOnHold_IsNotAMove()
    {
        var text = "The Reserve Bank of Australia left the cash rate on hold at 4.35 per cent.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+10:00")).Session;

        Assert.True(session.Moves.Count == 0, MoveText.List(session.Moves));
    }

    [Fact]
    public void Parse_GoldPricePerOunce_IsNotAStock()
    {
        var text = "Gold fell 0.5% to $2,330 an ounce.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00-04:00")).Session;

        session.None(m => m.Kind == InstrumentKind.Stock);
    }

    [Fact]
    public void Parse_RupeePrice_ReadsInrAndNamesNoStockRs()
    {
        var text = "Shares of Zomato jumped 4.6% to Rs 178.35 on the BSE.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+05:30")).Session;

        var zomato = session.Single(m => m.Is("Zomato"));
        Assert.Equal(4.6m, zomato.Figures.Pct);
        Assert.Equal(178.35m, zomato.Figures.Price);
        Assert.Equal("INR", zomato.Figures.Currency);
        session.None(m => m.Is("Rs"));
    }
}
