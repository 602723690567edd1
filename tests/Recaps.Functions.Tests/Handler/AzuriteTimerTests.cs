using System.Net;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Handler;

/// <summary>SweepRecaps and DailyDigest against Azurite.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteTimerTests(AzuriteFixture azurite)
{
    private static readonly byte[] May21 = File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt"));
    private static readonly byte[] June4 = File.ReadAllBytes(RepoPaths.Sample("seed-2025-06-04.txt"));

    [Fact]
    public async Task SweepRecaps_IngestsEachBlobOnce_AndAChangedOneAgain()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("a.txt", May21);
        await handler.UploadAsync("b.txt", June4, new Dictionary<string, string> { ["receivedat"] = "2025-06-04T18:00:00+08:00" });
        await handler.UploadAsync("c.bin", [0x00, 0xFF, 0x00, 0xFE]);

        var first = await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);
        var second = await handler.InvokeAsync("SweepRecaps", Envelopes.UnmonitoredPastDueTimer);
        await handler.UploadAsync("a.txt", June4, new Dictionary<string, string> { ["receivedat"] = "2025-06-04T18:00:00+08:00" });
        var third = await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);

        Assert.Equal((HttpStatusCode.OK, "3 articles: 2 new, 0 unchanged, 0 replaced, 1 quarantined; 33 moves stored"), (first.Status, first.Returned("summary")));
        Assert.Equal("3 articles: 0 new, 3 unchanged, 0 replaced, 0 quarantined; 0 moves stored", second.Returned("summary"));
        Assert.Equal("3 articles: 0 new, 2 unchanged, 1 replaced, 0 quarantined; 13 moves stored", third.Returned("summary"));
        Assert.Equal(new DateOnly(2025, 6, 4), (await handler.Store.Sessions.GetArticleAsync("a.txt"))?.Date);
        Assert.Contains(third.Logs, line => line.StartsWith("Information: Swept the recaps container: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SweepRecaps_AfterIngestRecap_FindsNothingNew()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("a.txt", May21);
        await handler.InvokeAsync("IngestRecap", Envelopes.Blob("a.txt", Envelopes.Deferred(May21.Length)));

        var sweep = await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);

        Assert.Equal(("1", "0", "1"), (sweep.Returned("articles"), sweep.Returned("new"), sweep.Returned("unchanged")));
    }

    [Fact]
    public async Task DailyDigest_Twice_RecordsOneDigest()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("a.txt", May21);
        await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);

        var first = await handler.InvokeAsync("DailyDigest", Envelopes.MonitoredTimer);
        var second = await handler.InvokeAsync("DailyDigest", Envelopes.UnmonitoredPastDueTimer);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.Status, second.Status));
        Assert.Equal(("2025-05-21", first.Returned("composedAt")), (second.Returned("date"), second.Returned("composedAt")));
        var recorded = new List<TableEntity>();
        await foreach (var row in handler.Store.Tables.GetTable(StoreTables.Digests).QueryAsync(new TableQuery()))
        {
            recorded.Add(row);
        }
        Assert.Equal("2025-05-21", Assert.Single(recorded).RowKey);
    }

    [Fact]
    public async Task SweepRecaps_StorageUnreachable_Is500()
    {
        var closed = Recaps.Core.Storage.Azure.StorageAccount.Parse(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + Recaps.Core.Storage.Azure.StorageAccount.DevelopmentAccountKey +
            ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1");
        await using var handler = await HandlerHarness.AzuriteAsync(azurite, blobs: closed);

        var reply = await handler.InvokeAsync("SweepRecaps", Envelopes.MonitoredTimer);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.StartsWith("SweepRecaps: storage failed (Unavailable)", reply.Message, StringComparison.Ordinal);
    }
}
