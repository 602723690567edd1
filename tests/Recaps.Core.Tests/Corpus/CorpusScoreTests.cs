namespace Recaps.Core.Tests.Corpus;

public sealed class CorpusScoreTests
{
    [Fact]
    public void Add_WrongMatch_CountsAsMissAndSpurious()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "HSBC", Direction = "down", Pct = -1.8 };
        var predicted = new ScoredMove { Kind = "stock", Name = "HSBC", Direction = "up", Pct = 1.8 };
        var score = new CorpusScore();

        score.Add(MoveMatcher.Match([gold], [predicted]), "2015-09-02", "2015-09-02");

        Assert.Equal((0, 1, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives, score.SignErrors));
        Assert.Equal(0.0, score.F1);
    }

    [Fact]
    public void Add_SectorMoves_AreLeftOutOfCoreCounts()
    {
        var index = new ScoredMove { Kind = "index", Name = "Hang Seng Index", Direction = "up", Pct = 0.6 };
        var sector = new ScoredMove { Kind = "sector", Name = "Tech", Direction = "up" };
        var spurious = new ScoredMove { Kind = "sector", Name = "Banks", Direction = "down" };
        var score = new CorpusScore();

        score.Add(MoveMatcher.Match([index, sector], [index, spurious]), null, "2025-05-21");

        Assert.Equal((1, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
        Assert.Equal((1, 0, 0), (score.CoreTruePositives, score.CoreFalsePositives, score.CoreFalseNegatives));
        Assert.Equal(0, score.Dates);
    }

    [Fact]
    public void Add_DatedGold_ComparesFirstTenCharacters()
    {
        var score = new CorpusScore();

        score.Add(MoveMatcher.Match([], []), "2025-05-21", "2025-05-21T00:00:00");
        score.Add(MoveMatcher.Match([], []), "2025-05-21", "2025-05-22");
        score.Add(MoveMatcher.Match([], []), "2025-05-21", null);

        Assert.Equal((1, 3), (score.DatesOk, score.Dates));
    }

    [Fact]
    public void Prf_NothingPredictedOrLabelled_IsZero()
    {
        Assert.Equal((0.0, 0.0, 0.0), CorpusScore.Prf(0, 0, 0));
    }

    [Fact]
    public void SummaryLine_Counts_UsesScorePyFormat()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Meituan", Direction = "up", Pct = 2.9 };
        var missed = new ScoredMove { Kind = "index", Name = "Hang Seng Index", Direction = "up", Pct = 0.6 };
        var score = new CorpusScore();

        score.Add(MoveMatcher.Match([gold, missed], [gold]), "2025-06-04", "2025-06-04");

        Assert.Equal("parse: P=1.000 R=0.500 F1=0.667 index+stock F1=0.667 sign-errors=0 moves=2 dates=1/1", score.SummaryLine());
    }

    [Theory]
    [InlineData(0.0625, "0.062")]
    [InlineData(0.1875, "0.188")]
    [InlineData(2.0 / 3.0, "0.667")]
    [InlineData(0.95, "0.950")]
    public void Fixed3_Value_RoundsLikePython(double value, string expected)
    {
        Assert.Equal(expected, CorpusScore.Fixed3(value));
    }
}
