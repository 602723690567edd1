using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// One corpus article parsed by <see cref="RecapParser"/> and matched against its gold moves.
/// <see cref="Result"/> is null only when the parser threw (scored as no prediction, as score.py does).
/// </summary>
internal sealed record ArticleRun(GoldArticle Gold, ParseResult? Result, MatchOutcome Outcome)
{
    /// <summary>The parsed session date as `recaps parse --json` prints it.</summary>
    public string? PredictedDate => Result?.Session.Date.ToString("yyyy-MM-dd");

    public bool DateMatches => Gold.Date is null || PredictedDate == Gold.Date;

    /// <summary>Matched moves whose direction differs from gold.</summary>
    public IReadOnlyList<MatchedPair> SignErrors => Outcome.Pairs.Where(p => p.Wrong.Contains("direction")).ToList();

    public static ArticleRun Parse(string split, string id)
    {
        var gold = GoldReader.Load(split, id);
        var text = File.ReadAllText(gold.TextPath);
        var result = new RecapParser().Parse(text, gold.ReceivedAt);
        var predicted = result.Session.Moves.Select(PredictedMove.From).ToList();
        return new ArticleRun(gold, result, MoveMatcher.Match(gold.Moves, predicted));
    }

    public static ArticleRun Unparsed(GoldArticle gold) => new(gold, null, MoveMatcher.Match(gold.Moves, []));
}
