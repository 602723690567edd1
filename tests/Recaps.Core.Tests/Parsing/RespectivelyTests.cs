using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class RespectivelyTests
{
    [Fact]
    public void Parse_BareNumbersThenPerCentRespectively_SharesFiguresOutInOrder()
    {
        var text = "Westpac and NAB gained 0.4 and 0.6 per cent, respectively.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+10:00")).Session;

        var westpac = session.Single(m => m.Is("Westpac"));
        Assert.Equal(Direction.Up, westpac.Direction);
        Assert.Equal(0.4m, westpac.Figures.Pct);
        var nab = session.Single(m => m.Is("NAB"));
        Assert.Equal(Direction.Up, nab.Direction);
        Assert.Equal(0.6m, nab.Figures.Pct);
    }

    [Fact]
    public void Parse_PercentsAndPricesRespectively_SharesBothOutInOrder()
    {
        var text = "Meituan and JD.com rose 6.73 percent and 4.91 percent to 89.10 and 93.25 HK dollars respectively.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var meituan = session.Single(m => m.Is("Meituan"));
        Assert.Equal(6.73m, meituan.Figures.Pct);
        Assert.Equal(89.10m, meituan.Figures.Price);
        var jd = session.Single(m => m.Is("JD.com"));
        Assert.Equal(4.91m, jd.Figures.Pct);
        Assert.Equal(93.25m, jd.Figures.Price);
    }

    [Fact]
    public void Parse_WereUpRespectively_NamesNoStockAfterTheVerb()
    {
        var text = "Westpac and NAB were up 0.4 per cent and 0.6 per cent respectively.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+10:00")).Session;

        session.None(m => m.Kind == InstrumentKind.Stock && m.NameContains("were"));
        Assert.Equal(0.4m, session.Single(m => m.Is("Westpac")).Figures.Pct);
        Assert.Equal(0.6m, session.Single(m => m.Is("NAB")).Figures.Pct);
    }
}
