using Recaps.Bot.Conversations;

namespace Recaps.Bot.Tests.Conversations;

public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("", null, "09:00", "UTC", "UTC")]
    [InlineData("", "Asia/Hong_Kong", "09:00", "Asia/Hong_Kong", "Asia/Hong_Kong")]
    [InlineData("07:30 Europe/London", null, "07:30", "Europe/London", "Europe/London")]
    [InlineData("at 7.30am in london", null, "07:30", "Europe/London", "Europe/London")]
    [InlineData("asia/hong_kong", null, "09:00", "Asia/Hong_Kong", "Asia/Hong_Kong")]
    [InlineData("Hong Kong 18:00", null, "18:00", "Asia/Hong_Kong", "Asia/Hong_Kong")]
    [InlineData("8 New York", null, "08:00", "America/New_York", "America/New_York")]
    [InlineData("12am HKT", null, "00:00", "Asia/Hong_Kong", "Asia/Hong_Kong")]
    [InlineData("12 pm utc", null, "12:00", "UTC", "UTC")]
    [InlineData("06:00 UTC+8", null, "06:00", "Etc/GMT-8", "UTC+08:00")]
    [InlineData("06:00 -05:00", "Asia/Tokyo", "06:00", "Etc/GMT+5", "UTC-05:00")]
    [InlineData("06:00 GMT+0", null, "06:00", "UTC", "UTC")]
    public void TryParse_ReadableSchedule_GivesTimeAndZone(string arguments, string? local, string at, string id, string label)
    {
        Assert.True(DigestSchedule.TryParse(arguments, local, out var schedule, out var problem), problem);

        Assert.Equal((TimeOnly.Parse(at, System.Globalization.CultureInfo.InvariantCulture), id, label), (schedule.At, schedule.Zone.Id, schedule.Zone.Label));
        Assert.True(TimeZoneInfo.TryFindSystemTimeZoneById(schedule.Zone.Id, out _), $"{schedule.Zone.Id} does not resolve");
    }

    [Theory]
    [InlineData("24:00", DigestSchedule.BadTime)]
    [InlineData("13pm", DigestSchedule.BadTime)]
    [InlineData("0800 UTC", DigestSchedule.BadTime)]
    [InlineData("09:00 IST", DigestSchedule.BadZone)]
    [InlineData("09:00 China Standard Time", DigestSchedule.BadZone)]
    [InlineData("09:00 ../../etc/passwd", DigestSchedule.BadZone)]
    [InlineData("09:00 UTC+15", DigestSchedule.BadZone)]
    [InlineData("09:00 +05:30", DigestSchedule.PartHourOffset)]
    public void TryParse_UnreadableSchedule_ExplainsWhatWorks(string arguments, string expected)
    {
        Assert.False(DigestSchedule.TryParse(arguments, null, out _, out var problem));

        Assert.Equal(expected, problem);
    }
}
