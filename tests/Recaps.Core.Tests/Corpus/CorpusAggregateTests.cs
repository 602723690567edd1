using Xunit.Abstractions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>The whole labelled corpus (seeds + dev) scored exactly as `score.py parse` scores it.</summary>
public sealed class CorpusAggregateTests(ITestOutputHelper output)
{
    private const double RequiredF1 = 0.95;

    [Fact]
    public void Corpus_DevAndSeeds_MoveF1AtLeast095()
    {
        var score = new CorpusScore();
        var lines = new List<string>();
        foreach (var split in new[] { "seeds", "dev" })
        {
            foreach (var id in GoldReader.Ids(split))
            {
                var run = ParseOrNothing(split, id, lines);
                score.Add(run.Outcome, run.Gold.Date, run.PredictedDate);
                lines.AddRange(ArticleReport.Lines(run));
            }
        }

        lines.ForEach(output.WriteLine);
        output.WriteLine(score.SummaryLine());

        Assert.True(score.F1 >= RequiredF1,
            $"{score.SummaryLine()}\nmove F1 {CorpusScore.Fixed3(score.F1)} is below {RequiredF1}. Every miss, wrong and spurious move:\n" +
            string.Join('\n', lines));
    }

    // score.py scores an article it has no usable prediction for as all misses; so does this test.
    private static ArticleRun ParseOrNothing(string split, string id, List<string> lines)
    {
        try
        {
            return ArticleRun.Parse(split, id);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            lines.Add($"{id}: no usable prediction ({ex.GetType().Name}: {ex.Message})");
            return ArticleRun.Unparsed(GoldReader.Load(split, id));
        }
    }
}
