using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>How one instrument moved, two side by side, and why, for each kind of date a question gives.</summary>
public sealed class AnswerServiceMoveTests
{
    [Fact]
    public async Task AskAsync_NoDate_AnswersTheLatestSessionThatMentionsIt()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Zijin do?", QuestionRecaps.At(26));

        var fact = Assert.Single(answer.Facts).Move;
        Assert.Equal((AnswerKind.Facts, QuestionIntent.Move), (answer.Kind, answer.Intent));
        Assert.Equal((new DateOnly(2025, 5, 22), 1.1m, "hk-0522.txt"), (fact.Date, fact.Move.Figures.Pct, fact.Article.Source));
        Assert.Empty(answer.Notes);
        Assert.False(answer.Context.DateAsked);
        Assert.Contains("Source sentence: \"Zijin Mining rose 1.1%.\"", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how did CATL do on Wednesday?", 23)]
    [InlineData("how did CATL do on 21 May?", 26)]
    [InlineData("How did CATL do on 2025-05-21", 26)]
    [InlineData("how did CATL do last Wednesday?", 26)]
    public async Task AskAsync_NamedDay_AnswersThatSessionInEveryVenue(string question, int askedOn)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(askedOn));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal([("HK", 9m), ("SZ", 10.2m)], answer.Facts.Select(f => (f.Move.Move.Venue, f.Move.Move.Figures.Pct)));
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 21), f.Move.Date));
        Assert.Empty(answer.Notes);
        Assert.Equal((new DateOnly(2025, 5, 21), true), (answer.Context.Date, answer.Context.DateAsked));
        Assert.StartsWith("CATL, Wed 21 May 2025 (Hong Kong close):", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where did the Hang Seng close today?", 26)]
    [InlineData("where did the Hang Seng close yesterday?", 23)]
    [InlineData("where did the Hang Seng close the day before yesterday?", 22)]
    [InlineData("where did the Hang Seng close on Friday?", 23)]
    [InlineData("where did the Hang Seng close last Thursday?", 22)]
    [InlineData("where did the Hang Seng close on 21 May?", 21)]
    [InlineData("where did the Hang Seng close on May 22?", 22)]
    [InlineData("where did the Hang Seng close on 2025-05-23?", 23)]
    public async Task AskAsync_DateExpression_AnswersThatSessionAsAtTheClock(string question, int day)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(("Hang Seng Index", new DateOnly(2025, 5, day)), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Date))));
        Assert.Equal(new DateOnly(2025, 5, day), answer.Context.Date);
        Assert.True(answer.Context.DateAsked);
    }

    [Fact]
    public async Task AskAsync_WhereDidTheIndexClose_GivesItsLevelThatDay()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("where did the Hang Seng close on Thursday?", QuestionRecaps.At(26));

        var fact = Assert.Single(answer.Facts).Move;
        Assert.Equal((new DateOnly(2025, 5, 22), 23780.11m, -0.2m), (fact.Date, fact.Move.Figures.Level, fact.Move.Figures.Pct));
        Assert.Contains("Hang Seng Index: -0.2%, at 23,780.11", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_YesterdayOnAMonday_IsFridaysSession()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Tencent do yesterday?", QuestionRecaps.At(26));

        var fact = Assert.Single(answer.Facts).Move;
        Assert.Equal((new DateOnly(2025, 5, 23), 1.8m), (fact.Date, fact.Move.Figures.Pct));
        Assert.Equal(["Yesterday is the session of Fri 23 May 2025."], answer.Notes);
        Assert.Equal(new DateOnly(2025, 5, 23), answer.Context.Date);
    }

    [Fact]
    public async Task AskAsync_YesterdayOnATuesday_IsMondaysSession()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Tencent do yesterday?", QuestionRecaps.At(27, hour: 9));

        Assert.Equal((new DateOnly(2025, 5, 26), 0.7m), Assert.Single(answer.Facts.Select(f => (f.Move.Date, f.Move.Move.Figures.Pct))));
    }

    [Fact]
    public async Task AskAsync_Today_IsTheDateWhereTheClockIsNotUtc()
    {
        using var harness = await WeekAsync();

        // 07:00 on Friday in Hong Kong is still Thursday in UTC.
        var answer = await harness.AskAsync("how did the Hang Seng do today?", new DateTimeOffset(2025, 5, 23, 7, 0, 0, QuestionRecaps.HongKong));

        Assert.Equal(new DateOnly(2025, 5, 23), Assert.Single(answer.Facts).Move.Date);
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public async Task AskAsync_ThisWeek_GivesEverySessionOfThePeriod()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how has CATL done this week?", QuestionRecaps.At(23));

        Assert.Equal([(21, "HK", 9m), (21, "SZ", 10.2m), (22, "HK", -3m)],
            answer.Facts.Select(f => (f.Move.Date.Day, f.Move.Move.Venue, f.Move.Move.Figures.Pct)).OrderBy(f => f.Day).ThenBy(f => f.Venue));
        Assert.Null(answer.Context.Date);
        Assert.Contains("this week", answer.Title, StringComparison.Ordinal);
        Assert.Contains("Sources: from recap hk-0522.txt; from recap hk-0521.txt", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_DayWithoutASession_NotesItAndAnswersTheLatestSessionBefore()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Tencent do on Sunday?", QuestionRecaps.At(26));

        Assert.Equal(new DateOnly(2025, 5, 23), Assert.Single(answer.Facts).Move.Date);
        Assert.Equal(["No recap mentions Tencent Holdings on Sun 25 May 2025; the latest recap before that is of Fri 23 May 2025."], answer.Notes);
        Assert.Contains("No recap mentions Tencent Holdings on Sun 25 May 2025", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_DayBeforeAnyRecapOfIt_NotesItAndAnswersTheFirstSessionAfter()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Meituan do on 21 May?", QuestionRecaps.At(26));

        Assert.Equal((new DateOnly(2025, 5, 23), -4.1m), Assert.Single(answer.Facts.Select(f => (f.Move.Date, f.Move.Move.Figures.Pct))));
        Assert.Equal(["No recap mentions Meituan on Wed 21 May 2025; the first recap that does is of Fri 23 May 2025."], answer.Notes);
    }

    [Fact]
    public async Task AskAsync_WhyWithAReason_GivesTheRecapsReason()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("why did Zijin fall on Wednesday?", QuestionRecaps.At(26));

        Assert.Equal(QuestionIntent.Reason, answer.Intent);
        Assert.Equal((-2.1m, "a profit warning"), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Figures.Pct, f.Move.Move.Reason))));
        Assert.Contains("Zijin Mining (Hong Kong): -2.1% - why: a profit warning", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhyWithoutAReason_SaysTheRecapGivesNoneAndShowsWhatItSays()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("why did Geely slide?", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Reason), (answer.Kind, answer.Intent));
        Assert.Equal(["The recap gives no reason for this move; here is what it says."], answer.Notes);
        Assert.Contains("Source sentence: \"Geely Auto slid 1.4%.\"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_TwoNames_ComparesThemOnTheSameSession()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("Zijin vs CMOC on Wednesday", QuestionRecaps.At(26));

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Compare), (answer.Kind, answer.Intent));
        Assert.Equal([("Zijin Mining", -2.1m), ("CMOC Group", 3m)], answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct)));
        Assert.Equal(["zijin-mining", "cmoc"], answer.Context.Instruments);
        Assert.StartsWith("Zijin Mining vs CMOC Group, Wed 21 May 2025", answer.Text, StringComparison.Ordinal);
    }

    private static async Task<AnswerHarness> WeekAsync()
    {
        var harness = new AnswerHarness();
        await harness.IngestWeekAsync();
        return harness;
    }
}
