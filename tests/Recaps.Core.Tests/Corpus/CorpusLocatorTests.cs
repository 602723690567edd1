namespace Recaps.Core.Tests.Corpus;

public sealed class CorpusLocatorTests
{
    [Fact]
    public void CorpusDirectory_BesideRepository_HoldsSeedsAndDev()
    {
        var dir = CorpusLocator.CorpusDirectory;

        Assert.True(File.Exists(Path.Combine(dir, "SCHEMA.md")), $"no SCHEMA.md in {dir}");
        Assert.Equal(["seed-2025-05-21", "seed-2025-06-04"], GoldReader.Ids("seeds"));
        Assert.NotEmpty(GoldReader.Ids("dev"));
    }

    [Fact]
    public void Load_SeedArticle_ReadsGoldFields()
    {
        var gold = GoldReader.Load("seeds", "seed-2025-05-21");

        Assert.Equal(("HK", "2025-05-21"), (gold.Market, gold.Date));
        Assert.True(File.Exists(gold.TextPath));
        Assert.Equal(DateTimeOffset.Parse("2025-05-21T18:00:00+08:00"), gold.ReceivedAt);
        var hsi = gold.Moves[0];
        Assert.Equal(("index", "Hang Seng Index", 0.6, 146.0, 23827.79), (hsi.Kind, hsi.Name, hsi.Pct, hsi.Points, hsi.Level));
    }

    [Theory]
    [InlineData(null, "2015-09-02", "2015-09-02T18:00:00+08:00")]
    [InlineData(null, null, "2026-01-15T18:00:00+08:00")]
    [InlineData("2020-04-28T18:00:00+01:00", "2020-04-28", "2020-04-28T18:00:00+01:00")]
    public void ReceivedAt_GoldFields_FallsBackToDateThenFixedDay(string? received, string? date, string expected)
    {
        var gold = new GoldArticle { Split = "dev", Id = "x", TextPath = "x.txt", Received = received, Date = date };

        Assert.Equal(DateTimeOffset.Parse(expected), gold.ReceivedAt);
    }
}
