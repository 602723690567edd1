using Recaps.Core.Questions;

namespace Recaps.Core.Tests.Questions;

/// <summary>The answers the "done means" names, on the repository's samples as the README ingests them.</summary>
public sealed class AnswerServiceSampleTests
{
    private static readonly DateOnly May21 = new(2025, 5, 21);

    [Fact]
    public async Task AskAsync_HowDidCatlDo_GivesHongKongAndShenzhenMovesOf21MayCitingTheRecap()
    {
        using var harness = new AnswerHarness();
        await harness.IngestSamplesAsync();

        var answer = await harness.AskAsync("how did CATL do?", QuestionRecaps.SamplesReceived);

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Move), (answer.Kind, answer.Intent));
        Assert.All(answer.Facts, f => Assert.Equal(May21, f.Move.Date));
        var session = answer.Facts.Where(f => f.Move.Move.Period is null).Select(f => (f.Move.Move.Venue, f.Move.Move.Figures.Pct)).ToList();
        Assert.Equal([("HK", 9m), ("SZ", 10.2m)], session);
        Assert.Equal("seed-2025-05-21.txt", Assert.Single(answer.Sources).Source);
        Assert.StartsWith("CATL, Wed 21 May 2025 (Hong Kong close):", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(CATL, Hong Kong): +9%\n", answer.Text, StringComparison.Ordinal);
        Assert.Contains("(CATL, Shenzhen): +10.2%\n", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Source: from recap seed-2025-05-21.txt", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["contemporary-amperex-technology"], answer.Context.Instruments);
        Assert.Equal(May21, answer.Context.Date);
    }

    [Fact]
    public async Task AskAsync_WhyDidSmooreJump_GivesTheEarningsGuidanceReasonFrom4June()
    {
        using var harness = new AnswerHarness();
        await harness.IngestSamplesAsync();

        var answer = await harness.AskAsync("why did Smoore jump?", QuestionRecaps.SamplesReceived);

        Assert.Equal((AnswerKind.Facts, QuestionIntent.Reason), (answer.Kind, answer.Intent));
        var fact = Assert.Single(answer.Facts).Move;
        Assert.Equal(("Smoore International", new DateOnly(2025, 6, 4), 12.1m), (fact.Move.Name, fact.Date, fact.Move.Figures.Pct));
        Assert.Equal("strong earnings guidance", fact.Move.Reason);
        Assert.Equal("seed-2025-06-04.txt", fact.Article.Source);
        Assert.Empty(answer.Notes);
        Assert.Contains("Smoore International (Hong Kong): +12.1% - why: strong earnings guidance", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Source: from recap seed-2025-06-04.txt", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAsync_HowDidTeslaDo_SaysNoRecapMentionsTesla()
    {
        using var harness = new AnswerHarness();
        await harness.IngestSamplesAsync();

        var answer = await harness.AskAsync("how did Tesla do?", QuestionRecaps.SamplesReceived);

        Assert.Equal((AnswerKind.NotFound, QuestionIntent.Move), (answer.Kind, answer.Intent));
        Assert.Equal("No recap mentions Tesla.", answer.Title);
        Assert.Empty(answer.Facts);
        Assert.Empty(answer.Sources);
        Assert.StartsWith("No recap mentions Tesla.\n", answer.Text, StringComparison.Ordinal);
    }
}
