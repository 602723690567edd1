using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class DirectionPhraseTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2025-08-20T18:00:00+09:00");

    [Fact]
    public void Parse_YenWeighedOnExporters_ExportersAreDown()
    {
        var text = "Japan's Nikkei share average closed lower on Tuesday, as a stronger yen weighed on exporters.";

        var moves = new RecapParser().Parse(text, Received).Session.Moves;

        var exporters = Assert.Single(moves, m => m.Kind == InstrumentKind.Sector);
        Assert.Equal(Direction.Down, exporters.Direction);
    }

    [Fact]
    public void Parse_FellByTheDailyLimit_IsDownLimitDown()
    {
        var text = "Gemdale fell by the 10% daily limit.";

        var move = Assert.Single(new RecapParser().Parse(text, Received).Session.Moves);

        Assert.Equal(Direction.Down, move.Direction);
        Assert.Equal(-10m, move.Figures.Pct);
        Assert.Equal("limit-down", move.Qualifier);
    }

    [Fact]
    public void Parse_BrandBeforeEdgedUp_IsNotPartOfTheName()
    {
        var text = "LG Chem slipped 0.6 percent, but Samsung SDI edged up 0.1 percent.";

        var moves = new RecapParser().Parse(text, Received).Session.Moves;

        var sdi = Assert.Single(moves, m => m.Name == "Samsung SDI");
        Assert.Equal(0.1m, sdi.Figures.Pct);
        Assert.Equal(Direction.Up, sdi.Direction);
    }
}
