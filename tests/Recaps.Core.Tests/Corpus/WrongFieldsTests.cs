namespace Recaps.Core.Tests.Corpus;

public sealed class WrongFieldsTests
{
    [Fact]
    public void WrongFields_AllFiguresWithinTolerance_IsEmpty()
    {
        var gold = new ScoredMove { Direction = "up", Pct = 0.6, Points = 146, Level = 23827.79 };
        var predicted = new ScoredMove { Direction = "up", Pct = 0.605, Points = 146.5, Level = 23829.0 };

        Assert.Empty(MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_PctOffByMoreThanRounding_NamesPct()
    {
        var gold = new ScoredMove { Direction = "up", Pct = 0.6 };
        var predicted = new ScoredMove { Direction = "up", Pct = 0.61 };

        Assert.Equal(["pct"], MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_UnsignedPctWithRightDirection_IsRight()
    {
        var gold = new ScoredMove { Direction = "down", Pct = -1.8, Points = -27.77 };
        var predicted = new ScoredMove { Direction = "down", Pct = 1.8, Points = 27.77 };

        Assert.Empty(MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_OppositeDirection_NamesDirectionOnly()
    {
        var gold = new ScoredMove { Direction = "down", Pct = -1.8 };
        var predicted = new ScoredMove { Direction = "up", Pct = 1.8 };

        Assert.Equal(["direction"], MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_MissingPredictedFigures_NamesEachGoldFigure()
    {
        var gold = new ScoredMove { Direction = "up", Pct = 0.6, Points = 141, Level = 23654, Price = 58.1 };
        var predicted = new ScoredMove { Direction = "up" };

        Assert.Equal(["pct", "points", "level", "price"], MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_ExtraPredictedFigures_AreIgnored()
    {
        var gold = new ScoredMove { Direction = "up" };
        var predicted = new ScoredMove { Direction = "up", Pct = 2.9, Price = 130.3 };

        Assert.Empty(MoveComparison.WrongFields(gold, predicted));
    }

    [Fact]
    public void WrongFields_LevelTolerance_ScalesWithSize()
    {
        var gold = new ScoredMove { Direction = "up", Level = 23827.79 };

        Assert.Empty(MoveComparison.WrongFields(gold, new ScoredMove { Direction = "up", Level = 23830.0 }));
        Assert.Equal(["level"], MoveComparison.WrongFields(gold, new ScoredMove { Direction = "up", Level = 23831.0 }));
    }

    [Fact]
    public void WrongFields_PriceIsSigned_NegativePriceIsWrong()
    {
        var gold = new ScoredMove { Direction = "down", Price = 59.4 };
        var predicted = new ScoredMove { Direction = "down", Price = -59.4 };

        Assert.Equal(["price"], MoveComparison.WrongFields(gold, predicted));
    }
}
