using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class RangeTests
{
    [Fact]
    public void Parse_RoseBetweenTwoPercents_IsRangeWithoutPercent()
    {
        var text = "Trading house shares rose between 0.8% and 2.1%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var traders = session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("trading"));
        Assert.Equal(Direction.Up, traders.Direction);
        Assert.Null(traders.Figures.Pct);
        Assert.Equal(0.8m, traders.Figures.PctLow);
        Assert.Equal(2.1m, traders.Figures.PctHigh);
    }

    [Fact]
    public void Parse_OpenedBetweenPercentsHigher_IsUpRange()
    {
        var text = "Shipbuilders opened between 1 percent and 2.5 percent higher.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T10:00:00+09:00")).Session;

        var shipbuilders = session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("shipbuild"));
        Assert.Equal(Direction.Up, shipbuilders.Direction);
        Assert.Null(shipbuilders.Figures.Pct);
        Assert.Equal(1m, shipbuilders.Figures.PctLow);
        Assert.Equal(2.5m, shipbuilders.Figures.PctHigh);
    }
}
