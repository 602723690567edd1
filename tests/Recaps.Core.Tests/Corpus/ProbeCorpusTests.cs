using Xunit.Abstractions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// Recaps written by us in the styles of the corpus sources (Xinhua, Reuters, AASTOCKS, SCMP, RTHK,
/// KBS/Yonhap, Straits Times, AFR, Guardian, EFE ...) and labelled by SCHEMA.md's conventions, in two
/// rounds, each written after the parser to check that it generalises; they now guard it.
/// </summary>
public sealed class ProbeCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Corpus_ProbeArticles_MoveF1AtLeast093() => AssertScore("probe", articles: 16, requiredF1: 0.93);

    [Fact]
    public void Corpus_SecondProbeArticles_MoveF1AtLeast088() => AssertScore("probe2", articles: 14, requiredF1: 0.88);

    private void AssertScore(string split, int articles, double requiredF1)
    {
        var (score, lines) = CorpusRuns.Score(split);

        lines.ForEach(output.WriteLine);
        output.WriteLine(score.SummaryLine());
        Assert.Equal(articles, GoldReader.Ids(split).Count);
        Assert.True(score.F1 >= requiredF1, $"{score.SummaryLine()}\n" + string.Join('\n', lines));
        Assert.Equal(0, score.SignErrors);
    }
}
