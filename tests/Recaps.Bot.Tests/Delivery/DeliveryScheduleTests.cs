using Recaps.Bot.Delivery;

namespace Recaps.Bot.Tests.Delivery;

public sealed class DeliveryScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void DueAt_TimeLaterTheSameLocalDay_IsThatDay()
    {
        var due = DeliverySchedule.DueAt(new TimeOnly(18, 0), TimeZoneInfo.FindSystemTimeZoneById("Asia/Hong_Kong"), At("2025-05-21T09:00:00Z"));

        Assert.Equal(At("2025-05-21T10:00:00Z"), due);
    }

    [Fact]
    public void DueAt_TimeAlreadyPassedLocally_IsTheNextDay()
    {
        var due = DeliverySchedule.DueAt(new TimeOnly(8, 0), London, At("2025-05-21T09:00:00Z"));

        Assert.Equal(At("2025-05-22T07:00:00Z"), due);
    }

    [Fact]
    public void DueAt_NotBeforeExactlyAtTheTime_IsThatInstant()
    {
        Assert.Equal(At("2025-05-21T09:00:00Z"), DeliverySchedule.DueAt(new TimeOnly(9, 0), TimeZoneInfo.Utc, At("2025-05-21T09:00:00Z")));
    }

    [Fact]
    public void DueAt_TimeInTheSpringForwardGap_IsTheSameTimeAfterTheGap()
    {
        // 30 March 2025: London clocks go from 01:00 GMT to 02:00 BST, so 01:30 does not exist.
        var due = DeliverySchedule.DueAt(new TimeOnly(1, 30), London, At("2025-03-30T00:00:00Z"));

        Assert.Equal(At("2025-03-30T01:30:00Z"), due);
    }

    [Fact]
    public void DueAt_TimeRepeatedInAutumn_IsItsFirstOccurrence()
    {
        // 26 October 2025: London clocks go back from 02:00 BST to 01:00 GMT, so 01:30 happens twice.
        var due = DeliverySchedule.DueAt(new TimeOnly(1, 30), London, At("2025-10-25T23:30:00Z"));

        Assert.Equal(At("2025-10-26T00:30:00Z"), due);
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
