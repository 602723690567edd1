using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class EarlierSessionTests
{
    private static readonly DateTimeOffset Wednesday = DateTimeOffset.Parse("2025-06-04T18:00:00+08:00");

    [Fact]
    public void Parse_FigureOnAnotherWeekday_IsPreviousDayMove()
    {
        var text = "date 2025-06-04 Tencent closed down 1.27 percent at 326.8 HK dollars, after gaining 2.3 percent on Monday.";

        var moves = new RecapParser().Parse(text, Wednesday).Session.Moves;

        var session = Assert.Single(moves, m => m.Name == "Tencent" && m.Period is null);
        Assert.Equal(-1.27m, session.Figures.Pct);
        var earlier = Assert.Single(moves, m => m.Name == "Tencent" && m.Period == MovePeriod.PreviousDay);
        Assert.Equal(2.3m, earlier.Figures.Pct);
    }

    [Fact]
    public void Parse_FigureOnTheSessionsOwnWeekday_IsTheSessionMove()
    {
        var text = "Tencent rose 2.3 percent on Wednesday.";

        var move = Assert.Single(new RecapParser().Parse(text, Wednesday).Session.Moves);

        Assert.Null(move.Period);
        Assert.Equal(2.3m, move.Figures.Pct);
    }
}
