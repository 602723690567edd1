using Xunit.Abstractions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// Sixteen recaps written by us in the styles of the corpus sources (Xinhua, Reuters, AASTOCKS, SCMP,
/// KBS/Yonhap, Straits Times, AFR, Guardian, EFE ...) and labelled by SCHEMA.md's conventions. They were
/// written after the parser to check that it generalises beyond the labelled corpus; they now guard it.
/// </summary>
public sealed class ProbeCorpusTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.93;

    [Fact]
    public void Corpus_ProbeArticles_MoveF1AtLeast093()
    {
        var (score, lines) = CorpusRuns.Score("probe");

        lines.ForEach(output.WriteLine);
        output.WriteLine(score.SummaryLine());
        Assert.Equal(16, GoldReader.Ids("probe").Count);
        Assert.True(score.F1 >= RequiredF1, $"{score.SummaryLine()}\n" + string.Join('\n', lines));
        Assert.Equal(0, score.SignErrors);
    }
}
