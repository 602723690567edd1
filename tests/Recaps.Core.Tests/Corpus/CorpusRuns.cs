namespace Recaps.Core.Tests.Corpus;

/// <summary>Parses every article of some corpus splits and scores them together, as `score.py parse` does.</summary>
internal static class CorpusRuns
{
    /// <summary>The score, and one line for every missed, wrong or spurious move.</summary>
    public static (CorpusScore Score, List<string> Lines) Score(params string[] splits)
    {
        var score = new CorpusScore();
        var lines = new List<string>();
        foreach (var split in splits)
        {
            foreach (var id in GoldReader.Ids(split))
            {
                var run = ParseOrNothing(split, id, lines);
                score.Add(run.Outcome, run.Gold.Date, run.PredictedDate);
                lines.AddRange(ArticleReport.Lines(run));
            }
        }

        return (score, lines);
    }

    // score.py scores an article it has no usable prediction for as all misses; so does this.
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
