using Recaps.Core.Model;
using Xunit.Sdk;

namespace Recaps.Core.Tests.Parsing;

public sealed class MoveQueriesTests
{
    [Theory]
    [InlineData("Hang Seng")]
    [InlineData("hang seng index")]
    [InlineData("HSI")]
    public void Is_NameOrAliasAfterNormalising_Matches(string query)
    {
        var move = new Move { Kind = InstrumentKind.Index, Name = "Hang Seng Index", Aliases = ["HSI"], Evidence = "" };

        Assert.True(move.Is(query));
    }

    [Fact]
    public void Is_TickerWithoutLeadingZeros_MatchesAlias()
    {
        var move = new Move { Kind = InstrumentKind.Stock, Name = "Tencent", Aliases = ["00700"], Evidence = "" };

        Assert.True(move.Is("700"));
        Assert.False(move.Is("7000"));
    }

    [Fact]
    public void Is_LongerNameSharingWords_DoesNotMatch()
    {
        var move = new Move { Kind = InstrumentKind.Index, Name = "Hang Seng Tech Index", Evidence = "" };

        Assert.False(move.Is("Hang Seng"));
    }

    [Fact]
    public void IsSector_StemsOfIndexOrSector_Match()
    {
        var index = new Move { Kind = InstrumentKind.Index, Name = "Hang Seng Healthcare Index", Evidence = "" };
        var sector = new Move { Kind = InstrumentKind.Sector, Name = "Properties sub-index", Evidence = "" };
        var stock = new Move { Kind = InstrumentKind.Stock, Name = "Healthcare", Evidence = "" };

        Assert.True(index.IsSector("healthcare"));
        Assert.True(sector.IsSector("Properties"));
        Assert.False(stock.IsSector("healthcare"));
    }

    [Fact]
    public void HasFigure_NegativeFigure_MatchesBySize()
    {
        var move = new Move { Kind = InstrumentKind.Index, Name = "HSI", Figures = new Figures { Points = -27.77m }, Evidence = "" };

        Assert.True(move.HasFigure(27.77m));
        Assert.False(move.HasFigure(27.7m));
    }

    [Fact]
    public void Single_NoMatch_FailsListingParsedMoves()
    {
        var session = new MarketSession
        {
            Date = new DateOnly(2025, 5, 21),
            DateBasis = DateBasis.Stated,
            Market = "HK",
            Moves = [new Move { Kind = InstrumentKind.Stock, Name = "Meituan", Direction = Direction.Up, Figures = new Figures { Pct = 2.9m }, Evidence = "" }],
        };

        var failure = Assert.Throws<TrueException>(() => session.Single(m => m.Is("Xiaomi")));

        Assert.Contains("m => m.Is(\"Xiaomi\")", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Stock Meituan [] Up pct=2.9", failure.Message, StringComparison.Ordinal);
    }
}
