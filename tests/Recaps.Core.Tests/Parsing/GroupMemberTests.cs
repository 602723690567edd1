using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class GroupMemberTests
{
    [Fact]
    public void Parse_MixedGroupWithMembers_GivesEachMemberItsOwnSign()
    {
        var text = "Carmakers were mixed, with Hyundai Motor falling 0.5 percent and its affiliate Kia gaining 0.3 percent.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var hyundai = session.Single(m => m.Is("Hyundai Motor"));
        Assert.Equal(InstrumentKind.Stock, hyundai.Kind);
        Assert.Equal(-0.5m, hyundai.Figures.Pct);
        var kia = session.Single(m => m.Is("Kia"));
        Assert.Equal(InstrumentKind.Stock, kia.Kind);
        Assert.Equal(0.3m, kia.Figures.Pct);
    }

    [Fact]
    public void Parse_LossesCameFromParenthesisedList_GivesEachStockItsFigure()
    {
        var text = "Losses came from Kweichow Moutai (-1.5%) and China Vanke (-3.2%).";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var moutai = session.Single(m => m.NameContains("Moutai"));
        Assert.Equal(Direction.Down, moutai.Direction);
        Assert.Equal(-1.5m, moutai.Figures.Pct);
        var vanke = session.Single(m => m.NameContains("Vanke"));
        Assert.Equal(Direction.Down, vanke.Direction);
        Assert.Equal(-3.2m, vanke.Figures.Pct);
        session.None(m => m.NameContains("Losses"));
    }
}
