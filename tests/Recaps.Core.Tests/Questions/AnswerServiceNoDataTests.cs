using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>An empty store, a market with no sessions, and dates before or after every session.</summary>
public sealed class AnswerServiceNoDataTests
{
    private const string NothingStored = "No recaps are stored yet: upload or ingest some (recaps ingest PATH...) and ask again.";

    [Theory]
    [InlineData("how was the market?")]
    [InlineData("top gainers")]
    [InlineData("which sectors moved?")]
    [InlineData("which sessions do you know?")]
    [InlineData("how was the market on 21 May?")]
    public async Task AskAsync_EmptyStore_IsNoDataSayingToIngestFirst(string question)
    {
        using var harness = new AnswerHarness();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NoData, answer.Kind);
        Assert.Equal(NothingStored, answer.Text);
    }

    [Theory]
    [InlineData("how did CATL do?")]
    [InlineData("why did Smoore jump?")]
    [InlineData("Zijin vs CMOC")]
    public async Task AskAsync_EmptyStoreAndAName_IsNoDataNotAnUnknownName(string question)
    {
        using var harness = new AnswerHarness();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NoData, answer.Kind);
        Assert.Equal(NothingStored, answer.Title);
        Assert.Empty(answer.Facts);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("hi")]
    [InlineData("")]
    public async Task AskAsync_HelpOnAnEmptyStore_SaysNothingIsStoredAndGivesExamples(string question)
    {
        using var harness = new AnswerHarness();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Help, answer.Kind);
        Assert.Equal("No recaps are stored yet.", answer.Lines[0]);
        Assert.Contains("- how did CATL do?  /  how did Tencent do on Wednesday?  /  how has Xiaomi done this week?", answer.Lines);
    }

    [Fact]
    public async Task AskAsync_MarketWithoutSessions_SaysNoneIsStoredForIt()
    {
        using var harness = new AnswerHarness();
        await harness.IngestWeekAsync();

        var answer = await harness.AskAsync("top gainers in Japan", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NoData, answer.Kind);
        Assert.Equal("No Japan session is stored yet.", answer.Title);
    }

    [Fact]
    public async Task AskAsync_DateBeforeEverySession_NotesItAndGivesTheLatestSession()
    {
        using var harness = new AnswerHarness();
        await harness.IngestWeekAsync();

        var answer = await harness.AskAsync("how was the market on 1 May?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal(["No session is stored on or before Thu 1 May 2025; here is the session of Mon 26 May 2025."], answer.Notes);
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 26), f.Move.Date));
    }

    [Fact]
    public async Task AskAsync_WeekWithoutSessions_NotesItAndGivesTheLatestSessionBefore()
    {
        using var harness = new AnswerHarness();
        await harness.IngestWeekAsync();

        var answer = await harness.AskAsync("how did Meituan do last week?", QuestionRecaps.At(26, hour: 9).AddDays(14));

        Assert.Equal((new DateOnly(2025, 5, 26), -1.5m), Assert.Single(answer.Facts.Select(f => (f.Move.Date, f.Move.Move.Figures.Pct))));
        Assert.Single(answer.Notes);
        Assert.StartsWith("No recap mentions Meituan last week", answer.Notes[0], StringComparison.Ordinal);
        Assert.EndsWith("; the latest recap before that is of Mon 26 May 2025.", answer.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_YesterdayBeforeAnySession_NotesItAndGivesTheFirstSession()
    {
        using var harness = new AnswerHarness();
        await harness.IngestWeekAsync();

        var answer = await harness.AskAsync("how did CATL do yesterday?", QuestionRecaps.At(21));

        Assert.Equal(new DateOnly(2025, 5, 21), answer.Facts[0].Move.Date);
        Assert.Equal(["No Hong Kong session is stored for yesterday; the first recap that does is of Wed 21 May 2025."], answer.Notes);
    }
}
