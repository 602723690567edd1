using Xunit.Abstractions;

namespace Recaps.Core.Tests.Corpus;

/// <summary>Parses every labelled corpus article and holds it to its gold moves (see ../shared/corpus/README.md).</summary>
public sealed class CorpusArticleTests(ITestOutputHelper output)
{
    public static TheoryData<string> SeedIds => new(GoldReader.Ids("seeds"));

    public static TheoryData<string> DevIds => new(GoldReader.Ids("dev"));

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Parse_SeedArticle_MatchesGoldExactly(string id)
    {
        var run = ArticleRun.Parse("seeds", id);
        var lines = Report(run);

        Assert.True(lines.Count == 0,
            $"{ArticleReport.Counts(run)}\nA seed must parse perfectly: no missing, wrong or spurious move, and the gold date.\n" +
            string.Join('\n', lines));
    }

    [Theory]
    [MemberData(nameof(DevIds))]
    public void Parse_DevArticle_HasNoSignErrorsOrMisattributedFigures(string id)
    {
        var run = ArticleRun.Parse("dev", id);
        var lines = Report(run);
        var problems = run.SignErrors
            .Select(p => $"sign error: {p.Gold.Name} [{p.Gold.Venue}] gold {MoveComparison.Direction(p.Gold)}, " +
                $"parsed {MoveComparison.Direction(p.Predicted!)} (pct {p.Predicted!.Pct})")
            .Concat(Misattribution.Find(run.Outcome).Select(m => $"wrong instrument: {m}"))
            .Concat(run.DateMatches ? [] : [$"date {run.PredictedDate} != gold {run.Gold.Date}"])
            .ToList();

        Assert.True(problems.Count == 0,
            $"{ArticleReport.Counts(run)}\n{string.Join('\n', problems)}\nFull report:\n{string.Join('\n', lines)}");
    }

    private List<string> Report(ArticleRun run)
    {
        var lines = ArticleReport.Lines(run).ToList();
        output.WriteLine(ArticleReport.Counts(run));
        lines.ForEach(output.WriteLine);
        return lines;
    }
}
