using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>How names in questions are matched: spellings, tickers, possessives, leading words, ambiguity and unknown names.</summary>
public sealed class AnswerServiceNameTests
{
    [Theory]
    [InlineData("how did Tencnet do on Friday?")]
    [InlineData("how did tencent do on Friday?")]
    [InlineData("Tencent's close on Friday")]
    [InlineData("Tencent’s close on Friday")]
    [InlineData("how did Tencent Holdings Ltd do on Friday?")]
    public async Task AskAsync_SpellingsOfTencent_AllAnswerTencent(string question)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal(("Tencent Holdings", 1.8m), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct))));
        Assert.Equal(["tencent"], answer.Context.Instruments);
    }

    [Theory]
    [InlineData("00700")]
    [InlineData("0700")]
    [InlineData("700")]
    public async Task AskAsync_TickerWithOrWithoutLeadingZeros_AnswersTencent(string ticker)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync($"how did {ticker} do on Friday?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal("Tencent Holdings", Assert.Single(answer.Facts).Move.Move.Name);
        Assert.StartsWith("00700, Fri 23 May 2025", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("where did the Hang Sang close on Friday?")]
    [InlineData("where did the hang seng close on Friday?")]
    [InlineData("where did the HSI close on Friday?")]
    public async Task AskAsync_SpellingsOfTheHangSeng_AnswerTheIndexNotAStockStartingHang(string question)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal(("Hang Seng Index", 23601.26m), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Level))));
    }

    [Fact]
    public async Task AskAsync_LeadingWordOfOneName_AnswersThatInstrument()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Zijin do on Wednesday?", QuestionRecaps.At(26));

        Assert.Equal("Zijin Mining", Assert.Single(answer.Facts).Move.Move.Name);
    }

    [Fact]
    public async Task AskAsync_WordStartingSeveralNames_AsksWhichOneWithTheChoices()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Hang do?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Equal("\"Hang\" could be several instruments; which one?", answer.Title);
        Assert.Contains("- Hang Seng Bank (stock, Hong Kong)", answer.Lines);
        Assert.Contains("- Hang Lung Properties (stock, Hong Kong)", answer.Lines);
        Assert.Contains("how did Hang Seng Bank do?", answer.Suggestions);
        Assert.Empty(answer.Facts);
        Assert.Empty(answer.Context.Instruments);
    }

    [Fact]
    public async Task AskAsync_ChoiceFromAClarify_AnswersIt()
    {
        using var harness = await WeekAsync();
        var clarify = await harness.AskAsync("how did Hang do?", QuestionRecaps.At(26));

        var answer = await harness.AskAsync(clarify.Suggestions.First(s => s.Contains("Hang Lung", StringComparison.Ordinal)), QuestionRecaps.At(26), clarify.Context);

        Assert.Equal(("Hang Lung Properties", -2.3m), Assert.Single(answer.Facts.Select(f => (f.Move.Move.Name, f.Move.Move.Figures.Pct))));
    }

    [Fact]
    public async Task AskAsync_KnownAndUnknownNameCompared_AnswersTheKnownOneAndSaysWhichIsUnknown()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("Tencent vs Alibaba on Friday", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal("Tencent Holdings", Assert.Single(answer.Facts).Move.Move.Name);
        Assert.Contains("No recap mentions Alibaba.", answer.Notes);
    }

    [Fact]
    public async Task AskAsync_UnknownNameLikeAKnownOne_IsNotFoundWithTheClosestNames()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Zijing Gold do?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Equal("No recap mentions Zijing Gold.", answer.Title);
        Assert.Contains("Zijin Mining", Assert.Single(answer.Lines), StringComparison.Ordinal);
        Assert.Contains("how did Zijin Mining do?", answer.Suggestions);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public async Task AskAsync_UnknownNameLikeNothingKnown_IsNotFoundSuggestingWhatToAsk()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did Alibaba do on Friday?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Equal("No recap mentions Alibaba.", answer.Title);
        Assert.Empty(answer.Lines);
        Assert.Equal(["which sessions do you know?", "help"], answer.Suggestions);
        Assert.Equal(ConversationContext.Empty, answer.Context);
    }

    private static async Task<AnswerHarness> WeekAsync()
    {
        var harness = new AnswerHarness();
        await harness.IngestWeekAsync();
        return harness;
    }
}
