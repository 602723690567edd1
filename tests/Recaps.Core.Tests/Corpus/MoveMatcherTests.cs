namespace Recaps.Core.Tests.Corpus;

public sealed class MoveMatcherTests
{
    [Fact]
    public void Match_PeriodMismatch_NeverMatches()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "CATL", Direction = "up", Pct = 16, Period = "previous-day" };
        var predicted = new ScoredMove { Kind = "stock", Name = "CATL", Direction = "up", Pct = 16 };

        var outcome = MoveMatcher.Match([gold], [predicted]);

        Assert.True(outcome.Pairs[0].IsMissing);
        Assert.Equal([predicted], outcome.Extra);
    }

    [Fact]
    public void Match_SessionPeriodSynonym_MatchesNoPeriod()
    {
        var gold = new ScoredMove { Kind = "index", Name = "Hang Seng Index", Direction = "up", Pct = 0.6 };
        var predicted = new ScoredMove { Kind = "index", Name = "HSI", Aliases = ["Hang Seng"], Direction = "up", Pct = 0.6, Period = "day" };

        var outcome = MoveMatcher.Match([gold], [predicted]);

        Assert.True(outcome.Pairs[0].IsFound);
        Assert.Empty(outcome.Extra);
    }

    [Fact]
    public void Match_IncompatibleVenue_NeverMatches()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "SH", Direction = "up", Pct = 5.9 };
        var predicted = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "HK", Direction = "up", Pct = 5.9 };

        Assert.True(MoveMatcher.Match([gold], [predicted]).Pairs[0].IsMissing);
    }

    [Fact]
    public void Match_TwoCandidates_PrefersFewerWrongFields()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Direction = "up", Pct = 5.9 };
        var wrong = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "HK", Direction = "up", Pct = 7.5 };
        var right = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "SH", Direction = "up", Pct = 5.9 };

        var outcome = MoveMatcher.Match([gold], [wrong, right]);

        Assert.Same(right, outcome.Pairs[0].Predicted);
        Assert.Equal([wrong], outcome.Extra);
    }

    [Fact]
    public void Match_EquallyRightCandidates_PrefersSameVenueCode()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "CATL", Venue = "SZ", Direction = "up", Pct = 10.2 };
        var mainland = new ScoredMove { Kind = "stock", Name = "CATL", Venue = "CN", Direction = "up", Pct = 10.2 };
        var shenzhen = new ScoredMove { Kind = "stock", Name = "CATL", Venue = "SZSE", Direction = "up", Pct = 10.2 };

        Assert.Same(shenzhen, MoveMatcher.Match([gold], [mainland, shenzhen]).Pairs[0].Predicted);
    }

    [Fact]
    public void Match_FullTie_TakesEarliestPrediction()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Meituan", Direction = "up", Pct = 2.9 };
        var first = new ScoredMove { Kind = "stock", Name = "Meituan", Direction = "up", Pct = 2.9 };
        var second = new ScoredMove { Kind = "stock", Name = "Meituan", Direction = "up", Pct = 2.9 };

        var outcome = MoveMatcher.Match([gold], [first, second]);

        Assert.Same(first, outcome.Pairs[0].Predicted);
        Assert.Same(second, Assert.Single(outcome.Extra));
    }

    [Fact]
    public void Match_OnePredictionForTwoGold_FirstGoldTakesIt()
    {
        var hk = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "HK", Direction = "up", Pct = 7.5 };
        var sh = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Venue = "SH", Direction = "up", Pct = 5.9 };
        var predicted = new ScoredMove { Kind = "stock", Name = "Zijin Mining", Direction = "up", Pct = 5.9 };

        var outcome = MoveMatcher.Match([hk, sh], [predicted]);

        Assert.True(outcome.Pairs[0].IsWrong);
        Assert.Equal(["pct"], outcome.Pairs[0].Wrong);
        Assert.True(outcome.Pairs[1].IsMissing);
    }

    [Fact]
    public void Match_StockAgainstIndexOfSameName_NeverMatches()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Hang Seng Bank", Direction = "up", Pct = 25.88 };
        var predicted = new ScoredMove { Kind = "index", Name = "Hang Seng Bank", Direction = "up", Pct = 25.88 };

        Assert.True(MoveMatcher.Match([gold], [predicted]).Pairs[0].IsMissing);
    }
}
