using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>Rankings, sector moves, session summaries, the list of sessions and help.</summary>
public sealed class AnswerServiceRankingTests
{
    [Fact]
    public async Task AskAsync_TopGainers_RanksRisingStocksByPercentageWithADualListingOnce()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("top gainers on Wednesday", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Ranking), (answer.Kind, answer.Intent));
        Assert.Equal([("SZ", 10.2m), ("HK", 3m)], answer.Facts.Select(f => (f.Move.Move.Venue, f.Move.Move.Figures.Pct)));
        Assert.Equal("Contemporary Amperex Technology Co Ltd", answer.Facts[0].Move.Move.Name);
        Assert.StartsWith("Biggest rising stocks, Hong Kong, Wed 21 May 2025:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("CMOC Group (Hong Kong): +3% - why: hopes of higher cobalt prices", answer.Text, StringComparison.Ordinal);
        Assert.Equal((QuestionIntent.Ranking, new DateOnly(2025, 5, 21), "HK"), (answer.Context.Intent, answer.Context.Date, answer.Context.Market));
    }

    [Fact]
    public async Task AskAsync_TopLosers_RanksFallingStocksBiggestFallFirst()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("biggest losing stocks in Hong Kong on Friday", QuestionRecaps.At(26));

        Assert.Equal([("Meituan", -4.1m), ("Hang Lung Properties", -2.3m)], answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct)));
        Assert.StartsWith("Biggest falling stocks, Hong Kong, Fri 23 May 2025:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TopMovers_GroupsGainersAndLosers()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("top movers on Friday", QuestionRecaps.At(26));

        Assert.Equal([("Gainers", "Tencent Holdings"), ("Gainers", "Hang Seng Bank"), ("Losers", "Meituan"), ("Losers", "Hang Lung Properties")],
            answer.Facts.Select(f => (f.Group, f.Move.Move.Name)));
        Assert.Contains("Gainers:\n- Tencent Holdings", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Losers:\n- Meituan", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("top 1 gainer on Friday")]
    [InlineData("top one gainer on Friday")]
    public async Task AskAsync_TopCount_GivesThatMany(string question)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal("Tencent Holdings", Assert.Single(answer.Facts).Move.Move.Name);
    }

    [Fact]
    public async Task AskAsync_RankingByCategory_KeepsOnlyThatCategory()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("which bank stock rose most on Friday?", QuestionRecaps.At(26));

        Assert.Equal(("Hang Seng Bank", 0.9m), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct))));
        Assert.StartsWith("Biggest rising bank stocks", answer.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_RankingOnADayWithoutASession_NotesItAndRanksTheLatestSessionBefore()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("top losers on Sunday", QuestionRecaps.At(26));

        Assert.Equal(["No session is stored for Sun 25 May 2025; the latest before it is Fri 23 May 2025."], answer.Notes);
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 23), f.Move.Date));
        Assert.Equal("Meituan", answer.Facts[0].Move.Move.Name);
    }

    [Fact]
    public async Task AskAsync_RankingWithNothingInThatDirection_IsNoDataNamingTheSession()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("which sectors rose most on Friday?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NoData, answer.Kind);
        Assert.Equal("The recaps of Hong Kong, Fri 23 May 2025 name no rising sectors.", answer.Title);
    }

    [Fact]
    public async Task AskAsync_WhichSectorsMoved_GivesTheSectorMovesWhicheverWayTheyWent()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("which sectors moved on Friday?", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Sectors), (answer.Kind, answer.Intent));
        Assert.Equal(("Losers", "Property sector", -1.2m), Assert.Single(answer.Facts.Select(f => (f.Group, f.Move.Move.Name, f.Move.Move.Figures.Pct))));
        Assert.Contains("- Property sector: -1.2%", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhichSectorsMoved_GivesEverySectorMoveNotTheTopThree()
    {
        using var harness = new AnswerHarness();
        await harness.IngestSamplesAsync();

        var answer = await harness.AskAsync("which sectors moved?", QuestionRecaps.SamplesReceived);

        Assert.Equal(QuestionIntent.Sectors, answer.Intent);
        Assert.Equal(["Healthcare index", "Biotech and pharmaceutical names", "Tech", "Consumer and industrial plays"], answer.Facts.Select(f => f.Move.Move.Name));
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 6, 4), f.Move.Date));
        Assert.Contains("- Healthcare index: about +3% - why: investors rotated into the sector", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_HowWasTheMarket_SummarisesTheSessionByGroup()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how was the market on Friday?", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Summary), (answer.Kind, answer.Intent));
        Assert.Equal("Hong Kong, Fri 23 May 2025:", answer.Title);
        Assert.Equal(("Indices", "Hang Seng Index"), (answer.Facts[0].Group, answer.Facts[0].Move.Move.Name));
        Assert.Equal(["Indices", "Gainers", "Losers", "Sectors"], answer.Facts.Select(f => f.Group).Distinct());
        Assert.Contains("Source: from recap hk-0523.txt", answer.Text, StringComparison.Ordinal);
        Assert.Equal((QuestionIntent.Summary, new DateOnly(2025, 5, 23)), (answer.Context.Intent, answer.Context.Date));
    }

    [Fact]
    public async Task AskAsync_SummaryOfASaturday_NotesItAndSummarisesFriday()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how was the market on 24 May?", QuestionRecaps.At(26));

        Assert.Equal(["No session is stored for Sat 24 May 2025; the latest before it is Fri 23 May 2025."], answer.Notes);
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 23), f.Move.Date));
    }

    [Fact]
    public async Task AskAsync_WhichSessionsDoYouKnow_ListsThemNewestFirstWithTheirRecaps()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("which sessions do you know?", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Sessions), (answer.Kind, answer.Intent));
        Assert.Equal(4, answer.Lines.Count);
        Assert.Equal("- Hong Kong close, Mon 26 May 2025: 3 moves from recap hk-0526.txt", answer.Lines[0]);
        Assert.Equal("- Hong Kong close, Wed 21 May 2025: 6 moves from recap hk-0521.txt", answer.Lines[^1]);
    }

    [Fact]
    public async Task AskAsync_Help_NamesTheLatestSessionAndExamples()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("help", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Help, QuestionIntent.Help), (answer.Kind, answer.Intent));
        Assert.Equal("The latest session I know is Hong Kong, Mon 26 May 2025.", answer.Lines[0]);
        Assert.Contains("- why did Smoore jump?", answer.Lines);
    }

    private static async Task<AnswerHarness> WeekAsync()
    {
        var harness = new AnswerHarness();
        await harness.IngestWeekAsync();
        return harness;
    }
}
