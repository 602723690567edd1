using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class CatalogueIndexTests
{
    [Fact]
    public void Parse_NiftySubIndexAfterNifty50_IsItsOwnMove()
    {
        var text = "The Nifty 50 fell 0.38%. The Nifty IT index rose 2.1%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+05:30")).Session;

        var nifty = session.Single(m => m.Is("Nifty 50"));
        Assert.Equal(-0.38m, nifty.Figures.Pct);
        var it = session.Single(m => m.NameContains("Nifty IT"));
        Assert.NotEqual(InstrumentKind.Stock, it.Kind);
        Assert.Equal(Direction.Up, it.Direction);
        Assert.Equal(2.1m, it.Figures.Pct);
    }

    [Fact]
    public void Parse_IndexNameBeforeSector_IsSectorMoveNotSecondIndexMove()
    {
        var text = "The S&P 500 rose 0.5%. The S&P 500 energy sector fell 1.2%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00-04:00")).Session;

        var spx = session.Single(m => m.Is("S&P 500"));
        Assert.Equal(0.5m, spx.Figures.Pct);
        var energy = session.Single(m => m.IsSector("energy"));
        Assert.Equal(InstrumentKind.Sector, energy.Kind);
        Assert.Equal(Direction.Down, energy.Direction);
        Assert.Equal(-1.2m, energy.Figures.Pct);
    }

    [Fact]
    public void Parse_UnknownCompositeIndex_IsIndexNotStock()
    {
        var text = "The Jakarta Composite Index rose 0.4%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+07:00")).Session;

        var jakarta = session.Single(m => m.NameContains("Jakarta"));
        Assert.Equal(InstrumentKind.Index, jakarta.Kind);
        Assert.Equal(0.4m, jakarta.Figures.Pct);
    }

    [Fact]
    public void Parse_CountryPossessiveBeforeIndex_IsIndexNotStock()
    {
        var text = "France's CAC 40 dipped 0.1%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+02:00")).Session;

        var cac = session.Single(m => m.Is("CAC 40"));
        Assert.Equal(InstrumentKind.Index, cac.Kind);
        Assert.Equal(Direction.Down, cac.Direction);
        Assert.Equal(-0.1m, cac.Figures.Pct);
        session.None(m => m.Kind == InstrumentKind.Stock && m.NameContains("France"));
    }

    [Fact]
    public void Parse_Kospi200_IsNotMergedIntoKospi()
    {
        var text = "The Kospi 200 rose 1%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var kospi200 = session.Single(m => m.Is("Kospi 200"));
        Assert.Equal(InstrumentKind.Index, kospi200.Kind);
        Assert.Equal(1m, kospi200.Figures.Pct);
        session.None(m => m.Is("KOSPI"));
    }
}
