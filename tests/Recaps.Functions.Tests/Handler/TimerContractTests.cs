using System.Net;

namespace Recaps.Functions.Tests.Handler;

/// <summary>SweepRecaps and DailyDigest envelopes (TimerInfo with and without ScheduleStatus) against the embedded store.</summary>
public sealed class TimerContractTests
{
    [Fact]
    public async Task DailyDigest_UnmonitoredPastDueTimer_ComposesTheLatestSession()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Base64(File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt")))));

        var reply = await handler.InvokeAsync("DailyDigest", Envelopes.UnmonitoredPastDueTimer);

        Assert.Equal((HttpStatusCode.OK, "2025-05-21"), (reply.Status, reply.Returned("date")));
        Assert.StartsWith("Hong Kong close, Wed 21 May 2025", reply.Returned("text"), StringComparison.Ordinal);
        Assert.Contains("Information: Timer fired: past due True, last run unknown, next unknown", reply.Logs);
    }

    [Fact]
    public async Task DailyDigest_NothingStored_IsOkWithNoDigest()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("DailyDigest", Envelopes.MonitoredTimer);

        Assert.Equal((HttpStatusCode.OK, "null"), (reply.Status, reply.ReturnValue.GetRawText()));
        Assert.Contains("Information: No sessions stored yet: no digest", reply.Logs);
    }

    [Fact]
    public async Task SweepRecaps_MonitoredTimerOnTheEmbeddedStore_ReadsTheScheduleStatusAndSweepsNothing()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Contains(reply.Logs, line => line.StartsWith("Information: Timer fired: past due False, last run 2026-09-24T13:08:00Z, next 2026-09-24T13:09:00Z", StringComparison.Ordinal));
        Assert.Contains("Warning: No blob storage configured (AzureWebJobsStorage): nothing to sweep", reply.Logs);
    }

    [Theory]
    [InlineData("SweepRecaps", "{\"Data\": {}, \"Metadata\": {}}")]
    [InlineData("DailyDigest", "{\"Data\": {\"timer\": \"\\\"2026-09-24\\\"\"}}")]
    [InlineData("DailyDigest", "{}")]
    public async Task Timer_NoTimerInfo_Is400(string function, string body)
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync(function, body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.StartsWith($"{function}: Data.timer is missing or not an object", reply.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timer_InvalidScheduleDates_AreIgnored()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var body = Envelopes.MonitoredTimer.Replace("2026-09-24T13:08:00.0096035+00:00", "0001-99-01T00:00:00", StringComparison.Ordinal);

        var reply = await handler.InvokeAsync("DailyDigest", body);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }
}
