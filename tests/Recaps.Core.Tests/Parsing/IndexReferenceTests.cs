using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class IndexReferenceTests
{
    [Fact]
    public void Parse_BlueChipIndexAfterNamedIndex_AddsFiguresToTheOneFtseMove()
    {
        var text = "The FTSE 100 closed lower on Thursday. The blue-chip index fell 0.45% to 7,682.50.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-05T18:00:00+01:00")).Session;

        var ftse = session.Single(m => m.Is("FTSE 100"));
        Assert.Equal(InstrumentKind.Index, ftse.Kind);
        Assert.Equal(Direction.Down, ftse.Direction);
        Assert.Equal(-0.45m, ftse.Figures.Pct);
        Assert.Equal(7682.50m, ftse.Figures.Level);
        session.None(m => m.NameContains("blue-chip"));
    }

    [Fact]
    public void Parse_ShanghaiIndex_IsShanghaiComposite()
    {
        var text = "The Shanghai index fell 0.5%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var composite = session.Single(m => m.Is("Shanghai Composite"));
        Assert.Equal(InstrumentKind.Index, composite.Kind);
        Assert.Equal(Direction.Down, composite.Direction);
        Assert.Equal(-0.5m, composite.Figures.Pct);
    }

    [Fact]
    public void Parse_HongKongsBenchmarkThisYear_IsHangSengYearToDateMove()
    {
        var text = "Hong Kong's benchmark rose 3.4% this year.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var hsi = session.Single(m => m.Is("Hang Seng"));
        Assert.Equal(InstrumentKind.Index, hsi.Kind);
        Assert.Equal(MovePeriod.YearToDate, hsi.Period);
        Assert.Equal(3.4m, hsi.Figures.Pct);
    }

    [Fact]
    public void Parse_PronounOverTheWeek_IsWeekMoveOfTheIndexNamedBefore()
    {
        var text = "The Shanghai Composite Index closed up 8.06 percent. Over the week, it rallied 21.37 percent.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-06T18:00:00+08:00")).Session;

        var today = session.Single(m => m.Is("Shanghai Composite") && m.Period == null);
        Assert.Equal(8.06m, today.Figures.Pct);
        var week = session.Single(m => m.Is("Shanghai Composite") && m.Period == MovePeriod.Week);
        Assert.Equal(Direction.Up, week.Direction);
        Assert.Equal(21.37m, week.Figures.Pct);
    }
}
