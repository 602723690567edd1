using Xunit.Abstractions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>The whole labelled corpus (seeds + dev) scored exactly as `score.py parse` scores it.</summary>
public sealed class CorpusAggregateTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.95;

    [Fact]
    public void Corpus_DevAndSeeds_MoveF1AtLeast095()
    {
        var (score, lines) = CorpusRuns.Score("seeds", "dev");

        lines.ForEach(output.WriteLine);
        output.WriteLine(score.SummaryLine());

        Assert.True(score.F1 >= RequiredF1,
            $"{score.SummaryLine()}\nmove F1 {CorpusScore.Fixed3(score.F1)} is below {RequiredF1}. Every miss, wrong and spurious move:\n" +
            string.Join('\n', lines));
    }
}
