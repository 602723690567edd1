using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>Follow-ups ("and yesterday?", "what about CMOC?", "why?", "and the losers?") and the context that carries them.</summary>
public sealed class AnswerServiceFollowUpTests
{
    [Fact]
    public async Task AskAsync_AndAnotherDay_AnswersTheSameInstrumentThatDay()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did CATL do on Wednesday?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("and on Thursday?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(QuestionIntent.Move, answer.Intent);
        Assert.Equal((new DateOnly(2025, 5, 22), -3m), Assert.Single(answer.Facts.Select(f => (f.Move.Date, f.Move.Move.Figures.Pct))));
        Assert.Equal(first.Context.Instruments, answer.Context.Instruments);
        Assert.Equal(new DateOnly(2025, 5, 22), answer.Context.Date);
    }

    [Fact]
    public async Task AskAsync_Why_GivesTheReasonForThePreviousInstrumentsSession()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did CATL do?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("why?", QuestionRecaps.At(26), first.Context);

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Reason), (answer.Kind, answer.Intent));
        Assert.Equal((new DateOnly(2025, 5, 22), "early buyers took profits"), Assert.Single(answer.Facts.Select(f => (f.Move.Date, f.Move.Move.Reason))));
        Assert.Contains("why: early buyers took profits", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_WhatAboutAnotherAfterANamedDay_KeepsThatDay()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did Zijin do on Wednesday?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("what about CMOC?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(("CMOC Group", new DateOnly(2025, 5, 21)), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Date))));
        Assert.Equal(["cmoc"], answer.Context.Instruments);
    }

    [Fact]
    public async Task AskAsync_WhatAboutAnotherAfterTheLatest_GivesItsOwnLatest()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did Tencent do?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("what about Zijin?", QuestionRecaps.At(26), first.Context);

        Assert.False(first.Context.DateAsked);
        Assert.Equal(("Zijin Mining", new DateOnly(2025, 5, 22)), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Date))));
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public async Task AskAsync_AndTheLosersAfterGainers_RanksTheSameSessionsLosers()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("top gainers on Friday", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("and the losers?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(QuestionIntent.Ranking, answer.Intent);
        Assert.Equal(["Meituan", "Hang Lung Properties"], answer.Facts.Select(f => f.Move.Move.Name));
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 23), f.Move.Date));
    }

    [Fact]
    public async Task AskAsync_AndAnotherDayAfterARanking_RanksThatDay()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("top gainers on Friday", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("and on Monday?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(QuestionIntent.Ranking, answer.Intent);
        Assert.Equal(("Tencent Holdings", new DateOnly(2025, 5, 26)), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Date))));
    }

    [Fact]
    public async Task AskAsync_AndYesterdayAfterASummary_SummarisesThePreviousSession()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how was the market?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("and yesterday?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(new DateOnly(2025, 5, 26), first.Context.Date);
        Assert.Equal(QuestionIntent.Summary, answer.Intent);
        Assert.Equal(["Yesterday is the session of Fri 23 May 2025."], answer.Notes);
        Assert.All(answer.Facts, f => Assert.Equal(new DateOnly(2025, 5, 23), f.Move.Date));
    }

    [Fact]
    public async Task AskAsync_ContextThroughJson_AnswersTheFollowUpAsTheContextItself()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did Zijin do on Wednesday?", QuestionRecaps.At(26));
        var json = first.Context.ToJson();

        var direct = await harness.AskAsync("why?", QuestionRecaps.At(26), first.Context);
        var restored = await harness.AskAsync("why?", QuestionRecaps.At(26), ConversationContext.FromJson(json));

        Assert.Equal("""{"intent":"Move","instruments":["zijin-mining"],"date":"2025-05-21","market":"HK","dateAsked":true}""", json);
        Assert.Equal(direct.Text, restored.Text);
        Assert.Equal("a profit warning", Assert.Single(restored.Facts).Move.Move.Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"intent":"Nonsense","instruments":7}""")]
    public async Task AskAsync_DamagedContext_IsReadAsNoConversation(string json)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("why?", QuestionRecaps.At(26), ConversationContext.FromJson(json));

        Assert.Equal(ConversationContext.Empty, ConversationContext.FromJson(json));
        Assert.Equal(AnswerKind.Help, answer.Kind);
    }

    [Fact]
    public async Task AskAsync_ContextNamingAnInstrumentNoLongerKnown_IsNotAFollowUp()
    {
        using var harness = await WeekAsync();
        var stale = new ConversationContext { Intent = QuestionIntent.Move, Instruments = ["gone-instrument"], Date = new DateOnly(2025, 5, 21) };

        var answer = await harness.AskAsync("why?", QuestionRecaps.At(26), stale);

        Assert.Equal(AnswerKind.Help, answer.Kind);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public async Task AskAsync_NewQuestionAfterAnother_IgnoresThePreviousInstrument()
    {
        using var harness = await WeekAsync();
        var first = await harness.AskAsync("how did CATL do on Wednesday?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync("how did Meituan do on Monday?", QuestionRecaps.At(26), first.Context);

        Assert.Equal(("Meituan", -1.5m), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct))));
        Assert.Equal(["meituan"], answer.Context.Instruments);
    }

    private static async Task<AnswerHarness> WeekAsync()
    {
        var harness = new AnswerHarness();
        await harness.IngestWeekAsync();
        return harness;
    }
}
