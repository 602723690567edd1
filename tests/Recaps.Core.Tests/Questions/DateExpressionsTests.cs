using System.Globalization;
using Recaps.Core.Questions.Dates;

namespace Recaps.Core.Tests.Questions;

public sealed class DateExpressionsTests
{
    [Theory]
    [InlineData("how did CATL do today?", "2025-05-21")]
    [InlineData("How did Tencent trade this morning?", "2025-05-21")]
    [InlineData("Where will the Hang Seng end tonight?", "2025-05-21")]
    [InlineData("What about this afternoon", "2025-05-21")]
    [InlineData("TODAY'S close for HSBC", "2025-05-21")]
    public void Find_Today_IsTodaysDay(string question, string today)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.Day, match.Query.Kind);
        Assert.Equal(Date(today), match.Query.From);
        Assert.Equal(Date(today), match.Query.To);
    }

    [Theory]
    [InlineData("where did the Hang Seng close on Wednesday?", "2025-05-21", "2025-05-21")] // today is Wednesday
    [InlineData("where did the Hang Seng close on Wednesday?", "2025-05-22", "2025-05-21")]
    [InlineData("where did the Hang Seng close on Wednesday?", "2025-05-20", "2025-05-14")]
    [InlineData("How did CATL do Wed?", "2025-05-23", "2025-05-21")]
    [InlineData("How did CATL do on Wed.?", "2025-05-23", "2025-05-21")]
    [InlineData("What happened Wednesday morning", "2025-05-23", "2025-05-21")]
    [InlineData("how did the market do on monday", "2025-05-19", "2025-05-19")] // today is Monday
    [InlineData("how did the market do on Monday", "2025-05-25", "2025-05-19")] // today is Sunday
    [InlineData("Friday's close for Meituan", "2025-05-19", "2025-05-16")]
    [InlineData("Did Xiaomi rally on Sun?", "2025-05-21", "2025-05-18")]
    [InlineData("Did BYD fall this Tuesday?", "2025-05-21", "2025-05-20")]
    [InlineData("Thurs: how did HSBC do?", "2025-05-21", "2025-05-15")]
    public void Find_Weekday_IsLatestSuchDayOnOrBeforeToday(string question, string today, string expected)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.Day, match.Query.Kind);
        Assert.Equal(Date(expected), match.Query.From);
        Assert.Equal(Date(expected), match.Query.To);
    }

    [Theory]
    [InlineData("How did Alibaba do last Friday?", "2025-05-23", "2025-05-16")] // today is Friday
    [InlineData("How did Alibaba do last Friday?", "2025-05-24", "2025-05-23")]
    [InlineData("How did Alibaba do last Friday?", "2025-05-21", "2025-05-16")]
    [InlineData("previous Monday", "2025-05-21", "2025-05-19")]
    [InlineData("What did the HSI do on Wednesday last week?", "2025-05-21", "2025-05-14")]
    [InlineData("What did the HSI do on Friday of last week?", "2025-05-19", "2025-05-16")]
    [InlineData("What did the HSI do last week on Monday?", "2025-05-25", "2025-05-12")]
    public void Find_LastWeekday_IsStrictlyBeforeToday(string question, string today, string expected)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.Day, match.Query.Kind);
        Assert.Equal(Date(expected), match.Query.From);
    }

    [Theory]
    [InlineData("how did CATL do yesterday?", "2025-05-21", 1, "2025-05-20")]
    [InlineData("how did CATL do yesterday?", "2025-05-19", 1, "2025-05-18")] // Monday: the caller finds Friday's session
    [InlineData("Yesterday morning, did Tencent open higher?", "2025-05-22", 1, "2025-05-21")]
    [InlineData("What did the Hang Seng do the day before yesterday?", "2025-05-21", 2, "2025-05-20")]
    [InlineData("day before yesterday", "2025-05-20", 2, "2025-05-19")]
    public void Find_Yesterday_CountsSessionsBackFromTheDayBefore(string question, string today, int sessions, string to)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.SessionsBack, match.Query.Kind);
        Assert.Equal(sessions, match.Query.SessionsBack);
        Assert.Equal(Date(to), match.Query.To);
        Assert.Equal(Date(to), match.Query.From);
    }

    [Theory]
    [InlineData("what happened in the market on 21 May?", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on May 21", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on 21st May", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on the 21st of May?", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on May 21st?", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on 21 may", "2025-05-30", "2025-05-21")]
    [InlineData("what happened on 21 May 2025", "2025-06-30", "2025-05-21")]
    [InlineData("what happened on May 21, 2025", "2025-06-30", "2025-05-21")]
    [InlineData("what happened on 21 May, 2025?", "2025-06-30", "2025-05-21")]
    [InlineData("what happened on 21-May-2025?", "2025-06-30", "2025-05-21")]
    [InlineData("Where did the STI close on Oct 15?", "2025-10-20", "2025-10-15")]
    [InlineData("Where did the STI close on Oct. 15, 2024?", "2025-10-20", "2024-10-15")]
    [InlineData("Where did the STI close on 15 October 2025", "2025-10-20", "2025-10-15")]
    [InlineData("How did the HSI do on August 14, 2015?", "2025-10-20", "2015-08-14")]
    [InlineData("How did the HSI do on August 14 2015?", "2025-10-20", "2015-08-14")]
    [InlineData("Nikkei on 2025-05-21?", "2025-06-30", "2025-05-21")]
    [InlineData("Nikkei on 21/05/2025?", "2025-06-30", "2025-05-21")]
    [InlineData("How did the Hang Seng Index and the Hang Seng Tech Index finish on 22/09/2025?", "2025-10-01", "2025-09-22")]
    [InlineData("Nikkei on 05/06/2025", "2025-10-01", "2025-06-05")] // day first when both read
    [InlineData("Nikkei on 5/21/2025", "2025-10-01", "2025-05-21")] // month first when only that reads
    [InlineData("Nikkei on 21.05.2025.", "2025-10-01", "2025-05-21")]
    [InlineData("Nikkei on 21-05-2025", "2025-10-01", "2025-05-21")]
    [InlineData("KOSPI (21 May)", "2025-10-01", "2025-05-21")]
    [InlineData("HOW DID THE HSI DO ON 21 MAY 2025", "2025-10-01", "2025-05-21")]
    public void Find_ExplicitDate_IsThatDay(string question, string today, string expected)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.Day, match.Query.Kind);
        Assert.Equal(Date(expected), match.Query.From);
        Assert.Equal(Date(expected), match.Query.To);
    }

    [Theory]
    [InlineData("21 May", "2025-01-10", "2024-05-21")]
    [InlineData("21 May", "2025-05-21", "2025-05-21")]
    [InlineData("21 May", "2025-05-20", "2024-05-21")]
    [InlineData("Dec 31", "2025-01-01", "2024-12-31")]
    [InlineData("29 February", "2025-05-01", "2024-02-29")]
    [InlineData("29 Feb", "2024-02-28", "2020-02-29")]
    public void Find_DateWithoutYear_IsLatestOnOrBeforeToday(string question, string today, string expected)
    {
        var match = Find(question, today);

        Assert.Equal(Date(expected), match.Query.From);
    }

    [Theory]
    [InlineData("Why did Xiaomi shares rise on Wednesday, 30 April 2025?", "on Wednesday, 30 April 2025", "2025-04-30")]
    [InlineData("How many points did the Hang Seng Index lose on Tuesday 15 September 2015", "on Tuesday 15 September 2015", "2015-09-15")]
    [InlineData("What did CATL do on Wednesday 3 July 2024?", "on Wednesday 3 July 2024", "2024-07-03")]
    [InlineData("What did CATL do on Monday 3 July 2024?", "on Monday 3 July 2024", "2024-07-03")] // the date wins a wrong weekday
    [InlineData("What did CATL do on Wed, May 21?", "on Wed, May 21", "2025-05-21")]
    [InlineData("What did CATL do on Sun 18 May", "on Sun 18 May", "2025-05-18")]
    public void Find_WeekdayWithDate_IsTheDateAndOneMatch(string question, string phrase, string expected)
    {
        var match = Find(question, "2025-05-21");

        Assert.Equal(DateQueryKind.Day, match.Query.Kind);
        Assert.Equal(Date(expected), match.Query.From);
        Assert.Equal(phrase, Cut(question, match));
    }

    [Theory]
    [InlineData("What happened on 31 February?")]
    [InlineData("What happened on 30 Feb 2025?")]
    [InlineData("What happened on February 30, 2025?")]
    [InlineData("What happened on 31 February 2025?")] // not "February 2025"
    [InlineData("What happened on Wednesday, 31 February 2025?")] // not "Wednesday"
    [InlineData("What happened on 31/02/2025?")]
    [InlineData("What happened on 2025-13-01?")]
    [InlineData("What happened on 13/13/2025?")]
    [InlineData("What happened on 31 April")]
    public void Find_ImpossibleDate_IsNoMatch(string question)
    {
        Assert.Null(DateExpressions.Find(question, Date("2025-05-21")));
    }

    [Theory]
    [InlineData("How has Hansoh done this week?", "2025-05-21", "2025-05-19", "2025-05-21")]
    [InlineData("How has Hansoh done this week?", "2025-05-19", "2025-05-19", "2025-05-19")] // Monday
    [InlineData("How has Hansoh done this week?", "2025-05-25", "2025-05-19", "2025-05-25")] // Sunday
    [InlineData("How did Hansoh do last week?", "2025-05-21", "2025-05-12", "2025-05-18")]
    [InlineData("How did Hansoh do the previous week?", "2025-05-19", "2025-05-12", "2025-05-18")]
    [InlineData("How has Hansoh done this month?", "2025-05-21", "2025-05-01", "2025-05-21")]
    [InlineData("How did Hansoh do last month?", "2025-05-21", "2025-04-01", "2025-04-30")]
    [InlineData("How did Hansoh do last month?", "2025-01-15", "2024-12-01", "2024-12-31")]
    [InlineData("How much did the Shanghai Composite Index lose in March 2008", "2025-05-21", "2008-03-01", "2008-03-31")]
    [InlineData("Shanghai Composite, March 2008", "2025-05-21", "2008-03-01", "2008-03-31")]
    [InlineData("Shanghai Composite in Feb. 2024", "2025-05-21", "2024-02-01", "2024-02-29")]
    [InlineData("How did the HSI do in March?", "2025-05-21", "2025-03-01", "2025-03-31")]
    [InlineData("How did the HSI do during june", "2025-05-21", "2024-06-01", "2024-06-30")]
    [InlineData("Will Tencent rise in May?", "2025-05-21", "2025-05-01", "2025-05-21")]
    [InlineData("How has the HSI done this year?", "2025-05-21", "2025-01-01", "2025-05-21")]
    [InlineData("HSI year to date", "2025-05-21", "2025-01-01", "2025-05-21")]
    [InlineData("HSI YTD", "2025-05-21", "2025-01-01", "2025-05-21")]
    [InlineData("HSI month to date", "2025-05-21", "2025-05-01", "2025-05-21")]
    [InlineData("How did the HSI do in 2008?", "2025-05-21", "2008-01-01", "2008-12-31")]
    [InlineData("How did the HSI do last year?", "2025-05-21", "2024-01-01", "2024-12-31")]
    [InlineData("HSI over the past 5 days", "2025-05-21", "2025-05-17", "2025-05-21")]
    [InlineData("HSI in the last 5 days", "2025-05-21", "2025-05-17", "2025-05-21")]
    [InlineData("HSI in the past three days", "2025-05-21", "2025-05-19", "2025-05-21")]
    [InlineData("HSI over the past week", "2025-05-21", "2025-05-15", "2025-05-21")]
    [InlineData("HSI over the past 2 weeks", "2025-05-21", "2025-05-08", "2025-05-21")]
    [InlineData("HSI over the past month", "2025-05-21", "2025-04-22", "2025-05-21")]
    [InlineData("HSI over the past 3 months", "2025-05-21", "2025-02-22", "2025-05-21")]
    [InlineData("HSI over the past year", "2025-05-21", "2024-05-22", "2025-05-21")]
    public void Find_Period_SpansItsDaysUpToToday(string question, string today, string from, string to)
    {
        var match = Find(question, today);

        Assert.Equal(DateQueryKind.Period, match.Query.Kind);
        Assert.Equal(Date(from), match.Query.From);
        Assert.Equal(Date(to), match.Query.To);
    }

    [Fact]
    public void Find_MonthWhollyInTheFuture_StartsAfterItsEnd()
    {
        var match = Find("Will Tencent rise in May 2030?", "2025-05-21");

        Assert.Equal(DateQueryKind.Period, match.Query.Kind);
        Assert.Equal(Date("2030-05-01"), match.Query.From);
        Assert.Equal(Date("2025-05-21"), match.Query.To);
        Assert.Equal("May 2030", match.Query.Describe());
    }

    [Theory]
    [InlineData("Which Hang Seng sub-index fell the most that day?", "that day")]
    [InlineData("And Tencent on the same day?", "on the same day")]
    [InlineData("What did Tencent do that session", "that session")]
    [InlineData("What did Tencent do then?", "then")]
    public void Find_BackReference_IsSameAsBefore(string question, string phrase)
    {
        var match = Find(question, "2025-05-21");

        Assert.Equal(DateQueryKind.SameAsBefore, match.Query.Kind);
        Assert.Equal(phrase, Cut(question, match));
    }

    [Theory]
    [InlineData("How did Tencent do?")]
    [InlineData("Marchex shares")]
    [InlineData("Could Xiaomi shares may fall?")]
    [InlineData("Will Tencent rise May?")]
    [InlineData("the top 10 may fall")]
    [InlineData("Did March Networks rise?")]
    [InlineData("How did Sun Hung Kai Properties do?")]
    [InlineData("How did Sun Art Retail trade?")]
    [InlineData("Mondays are weak for Wednesdayite Corp")]
    [InlineData("C'mon, how did Tencent do?")]
    [InlineData("Did BYD gain 2.5% or 21 percent?")]
    [InlineData("Did HSBC trade 1,000 shares at HK$21.05?")]
    [InlineData("Did Li Auto rise then fall?")]
    [InlineData("What moved the market the most")]
    [InlineData("How much did 2000 shares cost in HK$?")]
    [InlineData("Is Dec 2.5x its peak?")]
    [InlineData("")]
    public void Find_NoDateExpression_IsNull(string question)
    {
        Assert.Null(DateExpressions.Find(question, Date("2025-05-21")));
    }

    [Theory]
    [InlineData("How did the Hang Seng Index and the Hang Seng Tech Index finish on 22/09/2025?", "on 22/09/2025")]
    [InlineData("Where did the STI close on Oct 15?", "on Oct 15")]
    [InlineData("How much did the Shanghai Composite Index lose in March 2008", "in March 2008")]
    [InlineData("how did CATL do yesterday?", "yesterday")]
    [InlineData("What did the HSI do the day before yesterday?", "the day before yesterday")]
    [InlineData("HSI in the past five days, please", "in the past five days")]
    [InlineData("where did the Hang Seng close on Wednesday?", "on Wednesday")]
    [InlineData("Xiaomi Wednesday morning!", "Wednesday morning")]
    [InlineData("Xiaomi\ton\u00a0Wednesday\u0007", "on\u00a0Wednesday")]
    public void Find_Match_SpansThePhraseWithItsLeadWord(string question, string phrase)
    {
        var match = Find(question, "2025-10-20");

        Assert.Equal(phrase, Cut(question, match));
    }

    [Theory]
    [InlineData("How did Xiaomi do on Wednesday this week?", DateQueryKind.Day, "2025-05-21")]
    [InlineData("Did the HSI fall yesterday after rising last week?", DateQueryKind.SessionsBack, "2025-05-20")]
    [InlineData("Compare that day with 21 May 2024", DateQueryKind.Day, "2024-05-21")]
    [InlineData("Was 3 March better than Monday?", DateQueryKind.Day, "2025-03-03")]
    public void Find_SeveralExpressions_PicksTheMostSpecific(string question, DateQueryKind kind, string from)
    {
        var match = Find(question, "2025-05-21");

        Assert.Equal(kind, match.Query.Kind);
        Assert.Equal(Date(from), match.Query.From);
    }

    [Theory]
    [InlineData("on 21 May 2025", "2025-05-30", "Wed 21 May 2025")]
    [InlineData("on Wednesday", "2025-05-21", "Wed 21 May 2025")]
    [InlineData("this week", "2025-05-21", "this week (Mon 19 May - Wed 21 May 2025)")]
    [InlineData("this week", "2025-05-19", "this week (Mon 19 May 2025)")]
    [InlineData("last week", "2025-05-21", "last week (Mon 12 May - Sun 18 May 2025)")]
    [InlineData("past week", "2025-01-02", "past week (Fri 27 Dec 2024 - Thu 2 Jan 2025)")]
    [InlineData("past 5 days", "2025-05-21", "past 5 days (Sat 17 May - Wed 21 May 2025)")]
    [InlineData("in March 2008", "2025-05-21", "March 2008")]
    [InlineData("last month", "2025-05-21", "April 2025")]
    [InlineData("in May", "2025-05-21", "May 2025 (Thu 1 May - Wed 21 May 2025)")]
    [InlineData("in 2008", "2025-05-21", "2008")]
    [InlineData("yesterday", "2025-05-21", "yesterday")]
    [InlineData("the day before yesterday", "2025-05-21", "the day before yesterday")]
    [InlineData("that day", "2025-05-21", "that day")]
    public void Describe_Query_ReadsAsInAnswers(string question, string today, string expected)
    {
        Assert.Equal(expected, Find(question, today).Query.Describe());
    }

    private static DateMatch Find(string question, string today)
    {
        var match = DateExpressions.Find(question, Date(today));
        Assert.NotNull(match);
        return match;
    }

    private static string Cut(string question, DateMatch match) => question.Substring(match.Start, match.Length);

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
