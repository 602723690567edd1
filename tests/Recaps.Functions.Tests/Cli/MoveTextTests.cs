using Recaps.Core.Model;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Tests.Cli;

public sealed class MoveTextTests
{
    [Fact]
    public void Line_IndexMove_ShowsSignedFiguresAndGroupedLevel()
    {
        var move = new Move
        {
            Kind = InstrumentKind.Index,
            Name = "Hang Seng Index",
            Direction = Direction.Up,
            Figures = new Figures { Pct = 0.60m, Points = 146m, Level = 23827.79m },
            Evidence = "The Hang Seng Index gained 146 points.",
        };

        Assert.Equal("index      Hang Seng Index  up     +0.6%  +146 pts  level 23,827.79", MoveText.Line(move, 15));
    }

    [Fact]
    public void Line_StockWithVenueAndReason_ShowsVenueAndReason()
    {
        var move = new Move
        {
            Kind = InstrumentKind.Stock,
            Name = "CATL",
            Venue = "HK",
            Direction = Direction.Up,
            Figures = new Figures { Pct = 9m, Price = 306.2m, Currency = "HKD" },
            Reason = "a strong debut",
            Evidence = "CATL jumped 9% in its debut.",
        };

        Assert.Equal("stock      CATL [HK]  up     +9%  price HKD 306.2  — reason: a strong debut", MoveText.Line(move, 9));
    }

    [Fact]
    public void Line_QualifiedFallOverAPeriod_PrefixesQualifierAndNamesPeriod()
    {
        var move = new Move
        {
            Kind = InstrumentKind.Sector,
            Name = "Property stocks",
            Direction = Direction.Down,
            Figures = new Figures { Pct = -3m },
            Qualifier = "over",
            Period = MovePeriod.Week,
            Evidence = "Property stocks lost over 3% for the week.",
        };

        Assert.EndsWith("down   over -3%  (week)", MoveText.Line(move, 15), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_MoveWithoutDirectionOrFigures_ShowsQuestionMark()
    {
        var move = new Move { Kind = InstrumentKind.Commodity, Name = "Gold", Evidence = "Gold was in focus." };

        Assert.Equal("commodity  Gold  ?", MoveText.Line(move, 4));
    }

    [Fact]
    public void Line_PctRange_ShowsBothBounds()
    {
        var move = new Move
        {
            Kind = InstrumentKind.Stock,
            Name = "Xiaomi",
            Direction = Direction.Up,
            Figures = new Figures { PctLow = 3m, PctHigh = 5.5m },
            Evidence = "Xiaomi rose 3% to 5.5%.",
        };

        Assert.EndsWith("up     +3..+5.5%", MoveText.Line(move, 6), StringComparison.Ordinal);
    }
}
