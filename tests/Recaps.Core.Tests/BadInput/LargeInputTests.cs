using System.Text;
using Recaps.Core.Parsing;
using Recaps.Core.Tests.Parsing;

namespace Recaps.Core.Tests.BadInput;

/// <summary>
/// Inputs that would hang a parser whose patterns backtrack catastrophically or whose work grows quadratically.
/// They assert results, not timings (xunit 2 cannot time out a synchronous test): a hang shows as a test that never ends.
/// </summary>
public sealed class LargeInputTests
{
    private const string IndexSentence = "The Hang Seng Index rose 141 points, or 0.6%, to close at 23,654 on Wednesday.";

    [Fact]
    public void Parse_MillionDigitRun_KeepsTheRecapMove()
    {
        var text = IndexSentence + "\n" + string.Concat(Enumerable.Repeat("1234567890", 100_000)) + "%\n";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
    }

    [Fact]
    public void Parse_CommaSeparatedOnesRun_KeepsTheRecapMove()
    {
        var text = IndexSentence + "\nShares rose " + string.Join(',', Enumerable.Repeat("1", 500_000)) + " percent\n";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
    }

    [Fact]
    public void Parse_StraySpaceDecimalsRun_KeepsTheRecapMove()
    {
        var text = IndexSentence + "\nThe index rose " + string.Concat(Enumerable.Repeat("1. 1", 250_000)) + " percent\n";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
    }

    [Fact]
    public void Parse_MillionCharacterLineWithoutPunctuation_KeepsTheRecapMove()
    {
        var words = string.Concat(Enumerable.Repeat("shares of the Hang Seng Index rose and fell as investors weighed ", 16_000));
        var text = IndexSentence + "\n" + words + "\n";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        session.Some(m => m.Is("Hang Seng") && m.Figures.Pct == 0.6m);
    }

    [Fact]
    public void Parse_FiftyMillionCharactersOfRecapAndPathologicalRuns_Returns()
    {
        var text = FiftyMillionCharacters();

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        session.Some(m => m.Is("Hang Seng") && m.Figures.Pct == 0.6m);
    }

    private static string FiftyMillionCharacters()
    {
        const int Size = 50_000_000;
        const string Recap = IndexSentence + " Sector-wise, the healthcare index climbed around 3%, and CSPC Pharmaceutical "
            + "(up 2.8%), Hansoh Pharmaceutical (2.6%) and Wuxi Biologics (1.6%) gained. Zijin Mining rose 7.5% in Hong Kong "
            + "and 5.9% on the SSE. Turnover came to 64.20 billion HK dollars.\n";
        string[] runs =
        [
            new string('7', 1_000_000),
            string.Join(',', Enumerable.Repeat("1", 500_000)),
            string.Concat(Enumerable.Repeat("1. 1", 250_000)),
            string.Concat(Enumerable.Repeat("rose fell jumped slid ", 50_000)),
            new string('(', 200_000) + new string('%', 200_000) + new string(' ', 200_000),
        ];
        // About half recap text (~60,000 copies), half pathological runs (one every 2,500 copies).
        var text = new StringBuilder(Size + 1_100_000);
        for (var i = 0; text.Length < Size; i++)
        {
            text.Append(Recap);
            if (i % 2_500 == 0)
            {
                text.Append(runs[i / 2_500 % runs.Length]).Append('\n');
            }
        }

        return text.ToString();
    }
}
