using System.Net;

namespace Recaps.Functions.Tests.Handler;

/// <summary>Every log line of an invocation carries its id (a logging scope), and the response's Logs array holds its lines.</summary>
public sealed class InvocationLoggingTests
{
    [Fact]
    public async Task Invoke_EveryLineOfTheInvocation_CarriesTheHostsInvocationId()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var seed = File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt"));

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Base64(seed)), "3f2c1d0e-aaaa-4bbb-8ccc-123456789abc");

        var ours = handler.Logs.Entries.Where(e => e.Category.StartsWith("Recaps.", StringComparison.Ordinal)).ToList();
        // The handler's line and the ingestor's: more than one, so "every line" means something.
        Assert.True(ours.Count >= 2, $"{ours.Count} log lines");
        Assert.All(ours, entry => Assert.Equal("3f2c1d0e-aaaa-4bbb-8ccc-123456789abc", entry.InvocationId));
        Assert.Equal(ours.Select(e => e.Message), reply.Logs.Select(line => line[(line.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
    }

    [Fact]
    public async Task Invoke_TwoInvocations_KeepTheirLinesApart()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var seed = File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt"));

        var replies = await Task.WhenAll(
            handler.InvokeAsync("IngestRecap", Envelopes.Blob("a.txt", Envelopes.Base64(seed)), "inv-a"),
            handler.InvokeAsync("IngestRecap", Envelopes.Blob("b.txt", Envelopes.Base64(seed)), "inv-b"));

        Assert.All(replies[0].Logs, line => Assert.DoesNotContain("b.txt", line, StringComparison.Ordinal));
        Assert.All(replies[1].Logs, line => Assert.DoesNotContain("a.txt", line, StringComparison.Ordinal));
        Assert.All(handler.Logs.Entries.Where(e => e.Message.Contains("a.txt", StringComparison.Ordinal)), e => Assert.Equal("inv-a", e.InvocationId));
    }

    [Fact]
    public async Task Invoke_WithoutTheHeader_GetsALocalId()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        using var response = await handler.Client.PostAsync("/DailyDigest", new StringContent(Envelopes.MonitoredTimer));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(handler.Logs.Entries.Where(e => e.Category.StartsWith("Recaps.", StringComparison.Ordinal)),
            entry => Assert.StartsWith("local-", entry.InvocationId, StringComparison.Ordinal));
    }
}
