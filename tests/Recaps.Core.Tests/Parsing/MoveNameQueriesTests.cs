using Recaps.Core.Model;

namespace Recaps.Core.Tests.Parsing;

public sealed class MoveNameQueriesTests
{
    [Fact]
    public void NameContains_PartOfNameInOtherCase_Matches()
    {
        var move = new Move { Kind = InstrumentKind.Index, Name = "Nifty IT index", Evidence = "" };

        Assert.True(move.NameContains("nifty it"));
        Assert.False(move.NameContains("Nifty 50"));
    }

    [Fact]
    public void NameContains_PartOfAlias_Matches()
    {
        var move = new Move { Kind = InstrumentKind.Stock, Name = "Commonwealth Bank of Australia", Aliases = ["ASX:CBA"], Evidence = "" };

        Assert.True(move.NameContains("CBA"));
        Assert.False(move.NameContains("Westpac"));
    }
}
