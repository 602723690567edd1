using Recaps.Core.Model;
using Recaps.Core.Serialization;

namespace Recaps.Core.Tests.Serialization;

public sealed class WireNamesTests
{
    [Theory]
    [InlineData(MovePeriod.PreviousDay, "previous-day")]
    [InlineData(MovePeriod.PreviousThreeSessions, "previous-3-sessions")]
    [InlineData(MovePeriod.Week, "week")]
    [InlineData(MovePeriod.Month, "month")]
    [InlineData(MovePeriod.QuarterToDate, "quarter-to-date")]
    [InlineData(MovePeriod.YearToDate, "year-to-date")]
    [InlineData(MovePeriod.YearToDatePrior, "year-to-date-prior")]
    [InlineData(MovePeriod.ThreeMonth, "3-month")]
    [InlineData(MovePeriod.SixMonth, "6-month")]
    [InlineData(MovePeriod.Year, "year")]
    public void ToWireName_Period_IsKebabCase(MovePeriod period, string expected) =>
        Assert.Equal(expected, period.ToWireName());

    [Theory]
    [InlineData(DateBasis.Stated, "stated")]
    [InlineData(DateBasis.DayMonth, "day-month")]
    [InlineData(DateBasis.Weekday, "weekday")]
    [InlineData(DateBasis.Received, "received")]
    public void ToWireName_DateBasis_MatchesSchema(DateBasis basis, string expected) =>
        Assert.Equal(expected, basis.ToWireName());

    [Fact]
    public void ToWireName_EveryEnumValue_HasAName()
    {
        Assert.All(Enum.GetValues<InstrumentKind>(), v => Assert.False(string.IsNullOrEmpty(v.ToWireName())));
        Assert.All(Enum.GetValues<Direction>(), v => Assert.False(string.IsNullOrEmpty(v.ToWireName())));
        Assert.All(Enum.GetValues<SessionKind>(), v => Assert.False(string.IsNullOrEmpty(v.ToWireName())));
        Assert.All(Enum.GetValues<DateBasis>(), v => Assert.False(string.IsNullOrEmpty(v.ToWireName())));
        Assert.All(Enum.GetValues<MovePeriod>(), v => Assert.False(string.IsNullOrEmpty(v.ToWireName())));
    }

    [Fact]
    public void ToWireName_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Direction)42).ToWireName());
}
