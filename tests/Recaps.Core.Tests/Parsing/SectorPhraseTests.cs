using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SectorPhraseTests
{
    [Fact]
    public void Parse_ListOfSectorsLedGains_GivesOneMovePerSector()
    {
        var text = "Consumer electronics, non-ferrous metals and brokerages led the gains.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        session.None(m => m.NameContains("electronics") && m.NameContains("brokerages"));
        Assert.Equal(Direction.Up, session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("electronics")).Direction);
        Assert.Equal(Direction.Up, session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("metals")).Direction);
        Assert.Equal(Direction.Up, session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("brokerage")).Direction);
    }

    [Fact]
    public void Parse_CauseLiftedGroup_IsUpSectorMove()
    {
        var text = "A softer yen lifted exporters.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var exporters = session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("exporter"));
        Assert.Equal(Direction.Up, exporters.Direction);
        session.None(m => m.Kind == InstrumentKind.Stock);
    }

    [Fact]
    public void Parse_SectorWithWireCode_IsSectorMove()
    {
        var text = "Japan's shipping sector .IMART.T jumped 2.9%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var shipping = session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("shipping"));
        Assert.Equal(Direction.Up, shipping.Direction);
        Assert.Equal(2.9m, shipping.Figures.Pct);
    }

    [Fact]
    public void Parse_SectorAfterMainlandIndex_TakesTheArticlesMarketAsVenue()
    {
        var text = "The Hang Seng Index dropped 1.2 per cent. The CSI 300 Index on the mainland slipped 0.3 per cent. "
            + "Developers were among the worst performers.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var developers = session.Single(m => m.Kind == InstrumentKind.Sector && m.NameContains("developer"));
        Assert.Equal(Direction.Down, developers.Direction);
        Assert.Equal("HK", developers.Venue);
    }
}
