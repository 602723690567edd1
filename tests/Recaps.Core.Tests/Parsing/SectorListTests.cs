using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SectorListTests
{
    private static readonly DateTimeOffset Received = DateTimeOffset.Parse("2025-06-04T18:00:00+08:00");

    [Fact]
    public void Parse_SharesRelatedToList_GivesOneDownSectorPerItem()
    {
        var text = "Shares related to tourism, aviation and liquor led the losses.";

        var sectors = new RecapParser().Parse(text, Received).Session.Moves.Where(m => m.Kind == InstrumentKind.Sector).ToList();

        Assert.Equal(3, sectors.Count);
        Assert.All(sectors, s => Assert.Equal(Direction.Down, s.Direction));
        Assert.Contains(sectors, s => s.Name.Contains("liquor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_LedBySectors_TakeTheLeadMovesDirection()
    {
        var text = "The Kospi rose 1.2%, led by chipmakers and carmakers.";

        var moves = new RecapParser().Parse(text, Received).Session.Moves;

        var sectors = moves.Where(m => m.Kind == InstrumentKind.Sector).ToList();
        Assert.Equal(2, sectors.Count);
        Assert.All(sectors, s => Assert.Equal(Direction.Up, s.Direction));
    }

    [Fact]
    public void Parse_AfterHoursFigure_IsExtendedSessionMove()
    {
        var text = "Nvidia rose 2% in regular trading and added another 1.5% after hours.";

        var moves = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00-04:00")).Session.Moves;

        Assert.Equal(2m, Assert.Single(moves, m => m.Session is null).Figures.Pct);
        var extended = Assert.Single(moves, m => m.Session == "extended");
        Assert.Equal(1.5m, extended.Figures.Pct);
        Assert.Null(extended.Reason);
    }
}
