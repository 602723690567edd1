using System.Diagnostics;
using System.Globalization;
using System.Text;
using Recaps.Core.Questions.Dates;

namespace Recaps.Core.Tests.Questions;

/// <summary>Questions come from anyone on the internet: size, junk and odd clocks must neither stall nor throw.</summary>
public sealed class DateExpressionsHostileInputTests
{
    [Fact]
    public void Find_DateAfterLongJunk_IsFoundAtItsOffset()
    {
        var junk = new string('x', 50_000) + " " + string.Concat(Enumerable.Repeat("may fall 2.5% ", 3_000));
        var question = junk + "on 21 May 2025?";

        var match = DateExpressions.Find(question, Date("2025-06-01"));

        Assert.NotNull(match);
        Assert.Equal(Date("2025-05-21"), match.Query.From);
        Assert.Equal(junk.Length, match.Start);
        Assert.Equal("on 21 May 2025", question.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("21 May ")]
    [InlineData("on the day before ")]
    [InlineData("past ")]
    [InlineData("then ")]
    [InlineData("Wednesday, ")]
    [InlineData("1/2/")]
    [InlineData("9999999999.")]
    [InlineData("31 February 2025 ")]
    [InlineData("?")]
    [InlineData("\u0000\u001b\ud800")]
    [InlineData("last week on ")]
    public void Find_HundredKilobytesOfRepeats_ReturnsQuicklyWithAValidSpan(string unit)
    {
        var question = new StringBuilder().Insert(0, unit, (100_000 / unit.Length) + 1).ToString();
        var clock = Stopwatch.StartNew();

        var match = DateExpressions.Find(question, Date("2025-05-21"));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
        if (match is not null)
        {
            Assert.InRange(match.Start, 0, question.Length - 1);
            Assert.InRange(match.Length, 1, question.Length - match.Start);
        }
    }

    [Fact]
    public void Find_RandomDateFragments_NeverThrowsAndSpansStayInside()
    {
        string[] pieces = ["21", "May", "may", "2025", "/", "-", ".", ",", " ", "on", "the", "last", "past", "week", "Wed", "Sun",
            "yesterday", "day", "before", "then", "of", "31", "Feb", "st", "%", "\u0000", "\ud83d", "\ude00", "in", "13", "0", "9999"];
        var random = new Random(20250521);
        for (var round = 0; round < 2_000; round++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 40); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var question = text.ToString();
            var match = DateExpressions.Find(question, Date("2025-05-21"));

            if (match is not null)
            {
                Assert.InRange(match.Start, 0, question.Length - 1);
                Assert.InRange(match.Length, 1, question.Length - match.Start);
                Assert.NotEmpty(match.Query.Describe());
                Assert.True(match.Query.Kind != DateQueryKind.Period || match.Query.To <= Date("2025-05-21"), question);
            }
        }
    }

    [Theory]
    [InlineData("yesterday last year past 10 years 29 Feb in May")]
    [InlineData("on Monday last week, past 3660 days")]
    public void Find_TodayAtTheCalendarsEnds_DoesNotThrow(string question)
    {
        _ = DateExpressions.Find(question, DateOnly.MinValue);
        _ = DateExpressions.Find(question, DateOnly.MaxValue);
        _ = DateExpressions.Find(question, new DateOnly(100, 1, 1));
        _ = DateExpressions.Find(question, new DateOnly(9900, 12, 31));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
