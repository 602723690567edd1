using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class IndexMoveTests
{
    [Fact]
    public void Parse_PointsThenPercentToClose_ReadsAllThreeFigures()
    {
        var text = "The Hang Seng Index rose 141 points, or 0.6%, to close at 23,654 on Wednesday.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(InstrumentKind.Index, hsi.Kind);
        Assert.Equal(Direction.Up, hsi.Direction);
        Assert.Equal(0.6m, hsi.Figures.Pct);
        Assert.Equal(141m, hsi.Figures.Points);
        Assert.Equal(23654m, hsi.Figures.Level);
        Assert.Null(hsi.Period);
        Assert.Contains("rose 141 points, or 0.6%, to close at 23,654", hsi.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PercentThenPointsWithoutComma_ReadsAllThreeFigures()
    {
        var text = "The Hang Seng Index added 0.47 percent, or 100.36 points to 21,678.00.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2021-05-27T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(Direction.Up, hsi.Direction);
        Assert.Equal(0.47m, hsi.Figures.Pct);
        Assert.Equal(100.36m, hsi.Figures.Points);
        Assert.Equal(21678.00m, hsi.Figures.Level);
    }

    [Fact]
    public void Parse_EdgingPercentHigher_ReadsPercentUp()
    {
        var text = "Markets in Hong Kong and mainland China closed higher, with the Shanghai Composite Index "
            + "edging 0.21% higher by the end of trading hours.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var composite = session.Single(m => m.Is("Shanghai Composite"));
        Assert.Equal(Direction.Up, composite.Direction);
        Assert.Equal(0.21m, composite.Figures.Pct);
    }

    [Fact]
    public void Parse_ClimbThatResultedInClosingFigure_ReadsAllThreeFigures()
    {
        var text = "The Hang Seng Index advanced the highest by gaining 146 points, a climb of 0.6% "
            + "that resulted in a closing figure of 23,827.79.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(Direction.Up, hsi.Direction);
        Assert.Equal(0.6m, hsi.Figures.Pct);
        Assert.Equal(146m, hsi.Figures.Points);
        Assert.Equal(23827.79m, hsi.Figures.Level);
    }

    [Fact]
    public void Parse_FallingByPercent_GivesNegativePercent()
    {
        var text = "Hong Kong stocks ended lower, with the Hang Seng Index falling by 0.76%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-09-22T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(Direction.Down, hsi.Direction);
        Assert.Equal(-0.76m, hsi.Figures.Pct);
    }

    [Fact]
    public void Parse_InchingUpPointsToLevel_HasNoPercent()
    {
        var text = "The Shanghai Composite Index ended the day inching up 0.16 points to 3,224.40.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2019-03-13T18:00:00+08:00")).Session;

        var composite = session.Single(m => m.Is("Shanghai Composite"));
        Assert.Equal(Direction.Up, composite.Direction);
        Assert.Equal(0.16m, composite.Figures.Points);
        Assert.Equal(3224.40m, composite.Figures.Level);
        Assert.Null(composite.Figures.Pct);
    }

    [Fact]
    public void Parse_FellPercentOrPointsToEndAt_GivesNegativePercentAndPoints()
    {
        var text = "The Hang Seng Index fell 0.12 percent, or 27.77 points to end at 23,991.03.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2015-08-14T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(Direction.Down, hsi.Direction);
        Assert.Equal(-0.12m, hsi.Figures.Pct);
        Assert.Equal(-27.77m, hsi.Figures.Points);
        Assert.Equal(23991.03m, hsi.Figures.Level);
    }
}
