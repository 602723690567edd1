using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class CauseClauseTests
{
    [Fact]
    public void Parse_StockMoveInsideAsClause_GivesSectorAndStockMoves()
    {
        var text = "Banks rose 1% as HSBC gained 2%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var banks = session.Single(m => m.IsSector("Banks"));
        Assert.Equal(InstrumentKind.Sector, banks.Kind);
        Assert.Equal(Direction.Up, banks.Direction);
        Assert.Equal(1m, banks.Figures.Pct);
        var hsbc = session.Single(m => m.Is("HSBC"));
        Assert.Equal(InstrumentKind.Stock, hsbc.Kind);
        Assert.Equal(Direction.Up, hsbc.Direction);
        Assert.Equal(2m, hsbc.Figures.Pct);
    }

    [Fact]
    public void Parse_StockRetreatingInsideAsClause_KeepsPriceOnTheStockNotTheSubIndex()
    {
        var text = "The energy sub-index lost 1.1 per cent as Woodside Energy retreated 1.7 per cent to $27.95.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+10:00")).Session;

        var woodside = session.Single(m => m.Kind == InstrumentKind.Stock && m.NameContains("Woodside"));
        Assert.Equal(Direction.Down, woodside.Direction);
        Assert.Equal(-1.7m, woodside.Figures.Pct);
        Assert.Equal(27.95m, woodside.Figures.Price);
        var energy = session.Single(m => m.IsSector("energy"));
        Assert.Equal(-1.1m, energy.Figures.Pct);
        Assert.Null(energy.Figures.Level);
        Assert.Null(energy.Figures.Price);
    }
}
