using Recaps.Core.Model;
using Recaps.Core.Parsing;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Tests.Cli;

public sealed class SessionTextTests
{
    private static string[] Lines(ParseResult result)
    {
        using var output = new StringWriter();
        SessionText.Write(output, result);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static MarketSession Session(params Move[] moves) => new()
    {
        Date = new DateOnly(2025, 5, 21),
        DateBasis = DateBasis.Stated,
        Market = "HK",
        Moves = moves,
    };

    [Fact]
    public void Write_NoMoves_PrintsHeaderAndIssueMessage()
    {
        var lines = Lines(new ParseResult(Session(), ParseIssue.NoMarketData));

        Assert.Equal(["2025-05-21  HK  close  (date stated in the text)", "no market moves found"], lines);
    }

    [Fact]
    public void Write_Moves_AlignsDirectionsInOneColumn()
    {
        var lines = Lines(new ParseResult(Session(
            new Move { Kind = InstrumentKind.Index, Name = "Hang Seng Index", Direction = Direction.Up, Evidence = "." },
            new Move { Kind = InstrumentKind.Stock, Name = "CATL", Venue = "SZ", Direction = Direction.Down, Evidence = "." }), null));

        Assert.Equal(3, lines.Length);
        Assert.Equal(lines[1].IndexOf("up", StringComparison.Ordinal), lines[2].IndexOf("down", StringComparison.Ordinal));
    }
}
