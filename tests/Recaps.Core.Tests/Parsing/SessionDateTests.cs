using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SessionDateTests
{
    [Fact]
    public void Parse_IsoHeaderDate_UsesHeaderDate()
    {
        var text = " date 2025-05-21 Key Moments:\n\nThe Hang Seng Index rose 146 points, or 0.6%, to 23,827.79.";
        var received = DateTimeOffset.Parse("2025-05-28T18:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2025, 5, 21), session.Date);
        Assert.Equal(DateBasis.Stated, session.DateBasis);
    }

    [Fact]
    public void Parse_DayMonthYearSlashHeader_ReadsDayFirst()
    {
        var text = "22/09/2025\nHong Kong stocks ended lower, with the Hang Seng Index falling by 0.76%.";
        var received = DateTimeOffset.Parse("2025-09-30T18:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2025, 9, 22), session.Date);
        Assert.Equal(DateBasis.Stated, session.DateBasis);
    }

    [Fact]
    public void Parse_MonthNameDateline_UsesDateline()
    {
        var text = "HONG KONG, September 2, 2015 -- The Hang Seng Index fell 2.2 percent to 20,934.94.";
        var received = DateTimeOffset.Parse("2015-09-12T10:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2015, 9, 2), session.Date);
        Assert.Equal(DateBasis.Stated, session.DateBasis);
    }

    [Fact]
    public void Parse_XinhuaDatelineAndWeekday_PrefersStatedDate()
    {
        var text = "HONG KONG, Xinhua, August 14, 2015 -- Hong Kong stocks closed lower on Friday. "
            + "The Hang Seng Index fell 0.12 percent, or 27.77 points to end at 23,991.03.";
        var received = DateTimeOffset.Parse("2015-08-25T18:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2015, 8, 14), session.Date);
        Assert.Equal(DateBasis.Stated, session.DateBasis);
    }

    [Fact]
    public void Parse_WeekdayOnlyReceivedSaturday_UsesThatWeeksWednesday()
    {
        var text = "Hong Kong stocks closed higher on Wednesday, with the Hang Seng Index rising 0.6% to 23,827.79.";
        var received = DateTimeOffset.Parse("2025-05-24T10:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2025, 5, 21), session.Date);
        Assert.Equal(DateBasis.Weekday, session.DateBasis);
    }

    [Fact]
    public void Parse_WeekdayOnlyReceivedThatDay_UsesReceivedDay()
    {
        var text = "Hong Kong stocks closed higher on Wednesday, with the Hang Seng Index rising 0.6% to 23,827.79.";
        var received = DateTimeOffset.Parse("2025-05-21T18:00:00+08:00");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal(new DateOnly(2025, 5, 21), session.Date);
        Assert.Equal(DateBasis.Weekday, session.DateBasis);
    }

    [Fact]
    public void Parse_NoDateInText_UsesReceivedDateInMarketTimeZone()
    {
        // 20:00 UTC on 21 May is 04:00 on 22 May in Hong Kong.
        var text = "Hong Kong stocks closed higher, with the Hang Seng Index rising 0.6% to 23,827.79.";
        var received = DateTimeOffset.Parse("2025-05-21T20:00:00Z");

        var session = new RecapParser().Parse(text, received).Session;

        Assert.Equal("HK", session.Market);
        Assert.Equal(new DateOnly(2025, 5, 22), session.Date);
        Assert.Equal(DateBasis.Received, session.DateBasis);
    }
}
