using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class MovePeriodTests
{
    [Fact]
    public void Parse_YesterdaysDebutSurge_IsPreviousDayMoveBesideSessionMove()
    {
        var text = "CATL shares jumped 9% in Hong Kong after yesterday's debut surge of 16%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var today = session.Single(m => m.Is("CATL") && m.Period == null);
        Assert.Equal(Direction.Up, today.Direction);
        Assert.Equal(9m, today.Figures.Pct);
        Assert.Equal("HK", today.Venue);
        var debut = session.Single(m => m.Is("CATL") && m.Period == MovePeriod.PreviousDay);
        Assert.Equal(16m, debut.Figures.Pct);
    }

    [Fact]
    public void Parse_UpForTheWeek_IsWeekMoveBesideSessionMove()
    {
        var text = "The Hang Seng Index rose 0.93% to 25,339.14, and was up 2.7% for the week.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-08-22T18:00:00+08:00")).Session;

        var today = session.Single(m => m.Is("Hang Seng") && m.Period == null);
        Assert.Equal(0.93m, today.Figures.Pct);
        Assert.Equal(25339.14m, today.Figures.Level);
        var week = session.Single(m => m.Is("Hang Seng") && m.Period == MovePeriod.Week);
        Assert.Equal(Direction.Up, week.Direction);
        Assert.Equal(2.7m, week.Figures.Pct);
    }
}
