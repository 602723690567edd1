using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SpanTests
{
    [Fact]
    public void Parse_ThisYearInsideTheReason_KeepsTheSessionMove()
    {
        var text = "The S&P 500 gained 1.41 percent on hopes that the Fed would begin cutting interest rates this year.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00-04:00")).Session;

        var spx = session.Single(m => m.Is("S&P 500"));
        Assert.Null(spx.Period);
        Assert.Equal(1.41m, spx.Figures.Pct);
        Assert.NotNull(spx.Reason);
        Assert.Contains("Fed", spx.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GainedLastWeek_IsWeekMove()
    {
        var text = "The Nikkei gained 3.1% last week.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-09T16:00:00+09:00")).Session;

        var nikkei = session.Single(m => m.Is("Nikkei"));
        Assert.Equal(MovePeriod.Week, nikkei.Period);
        Assert.Equal(3.1m, nikkei.Figures.Pct);
    }

    [Fact]
    public void Parse_DownSoFarInMonth_IsMonthMove()
    {
        var text = "Shares of Vanke were down 3.8% so far in July.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-07-15T18:00:00+08:00")).Session;

        var vanke = session.Single(m => m.NameContains("Vanke"));
        Assert.Equal(InstrumentKind.Stock, vanke.Kind);
        Assert.Equal(MovePeriod.Month, vanke.Period);
        Assert.Equal(-3.8m, vanke.Figures.Pct);
    }

    [Fact]
    public void Parse_HavingRisenAsMuchAsEarlier_IsSeparateIntradayPeakMove()
    {
        var text = "The Shanghai Composite Index opened higher. The index was up 0.53% at 2,849.36 points, "
            + "having risen as much as 1.2% earlier in the session.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T10:00:00+08:00")).Session;

        var now = session.Single(m => m.Is("Shanghai Composite") && m.Period == null && m.Session != "intraday-peak");
        Assert.Equal(Direction.Up, now.Direction);
        Assert.Equal(0.53m, now.Figures.Pct);
        Assert.Equal(2849.36m, now.Figures.Level);
        Assert.DoesNotContain("1.2%", now.Reason ?? "", StringComparison.Ordinal);
        var peak = session.Single(m => m.Is("Shanghai Composite") && m.Session == "intraday-peak");
        Assert.Equal(1.2m, peak.Figures.Pct);
    }
}
