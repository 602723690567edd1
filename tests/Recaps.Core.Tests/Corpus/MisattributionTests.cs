namespace Recaps.Core.Tests.Corpus;

public sealed class MisattributionTests
{
    [Fact]
    public void Find_SpuriousMoveWithMissedGoldFigure_IsFlagged()
    {
        var geely = new ScoredMove { Kind = "stock", Name = "Geely Auto", Direction = "up", Pct = 2.6 };
        var liAuto = new ScoredMove { Kind = "stock", Name = "Li Auto", Direction = "up", Pct = 2.6 };

        var found = Misattribution.Find(MoveMatcher.Match([geely], [liAuto]));

        Assert.Equal(new Misattribution(liAuto, geely), Assert.Single(found));
    }

    [Fact]
    public void Find_FigureOfGoldMoveThatWasFound_IsNotFlagged()
    {
        var geely = new ScoredMove { Kind = "stock", Name = "Geely Auto", Direction = "up", Pct = 2.6 };
        var extra = new ScoredMove { Kind = "sector", Name = "EV producers", Direction = "up", Pct = 2.6 };

        Assert.Empty(Misattribution.Find(MoveMatcher.Match([geely], [geely, extra])));
    }

    [Fact]
    public void Find_SameInstrumentOtherPeriod_IsNotFlagged()
    {
        var debut = new ScoredMove { Kind = "stock", Name = "CATL", Direction = "up", Pct = 16, Period = "previous-day" };
        var session = new ScoredMove { Kind = "stock", Name = "CATL", Direction = "up", Pct = 16 };

        Assert.Empty(Misattribution.Find(MoveMatcher.Match([debut], [session])));
    }

    [Fact]
    public void Find_OppositeSignSameSize_IsFlagged()
    {
        var hsbc = new ScoredMove { Kind = "stock", Name = "HSBC", Direction = "down", Pct = -1.8 };
        var hangSengBank = new ScoredMove { Kind = "stock", Name = "Hang Seng Bank", Direction = "up", Pct = 1.8 };

        Assert.Single(Misattribution.Find(MoveMatcher.Match([hsbc], [hangSengBank])));
    }
}
