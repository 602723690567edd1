using System.Net;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Sessions;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// IngestRecap against Azurite: the invocation is a notification; the handler reads the blob through the Blob REST
/// client and ingests it with the blob's creation time as received.
/// </summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteIngestRecapTests(AzuriteFixture azurite)
{
    private static readonly byte[] May21 = File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt"));
    private static readonly byte[] June4 = File.ReadAllBytes(RepoPaths.Sample("seed-2025-06-04.txt"));

    [Fact]
    public async Task IngestRecap_UploadedBlobWithDeferredBinding_IsReadFromStorageAndStored()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        var etag = await handler.UploadAsync("hk/2025-05-21.txt", May21);
        var blob = await handler.Container!.GetPropertiesAsync("hk/2025-05-21.txt");

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("hk/2025-05-21.txt", Envelopes.Deferred(May21.Length)));

        Assert.Equal((HttpStatusCode.OK, "new", "20", "2025-05-21"), (reply.Status, reply.Returned("status"), reply.Returned("moves"), reply.Returned("date")));
        var article = await handler.Store.Sessions.GetArticleAsync("hk/2025-05-21.txt");
        Assert.Equal((ArticleStatus.Stored, etag, blob!.CreatedOn), (article?.Status, article?.BlobETag, (DateTimeOffset?)article?.Received));
        Assert.Contains("Information: Blob hk/2025-05-21.txt in the recaps container (deferred binding, content not sent)", reply.Logs);
    }

    [Fact]
    public async Task IngestRecap_InlineContent_IsOnlyANotification_TheBlobIsRead()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("seed.txt", May21);

        // The host sent other bytes (a stale or truncated copy): what counts is the blob as it is now.
        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Base64(June4)));

        Assert.Equal((HttpStatusCode.OK, "2025-05-21", "20"), (reply.Status, reply.Returned("date"), reply.Returned("moves")));
    }

    [Fact]
    public async Task IngestRecap_ChangedVersion_ReplacesTheOldMoves()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("hk.txt", May21, Received("2025-05-21T18:00:00+08:00"));
        var first = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("hk.txt", Envelopes.Deferred(May21.Length)));
        var again = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("hk.txt", Envelopes.Deferred(May21.Length)));

        await handler.UploadAsync("hk.txt", June4, Received("2025-06-04T18:00:00+08:00"));
        var changed = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("hk.txt", Envelopes.Deferred(June4.Length)));

        Assert.Equal(("new", "unchanged", "replaced"), (first.Returned("status"), again.Returned("status"), changed.Returned("status")));
        var article = await handler.Store.Sessions.GetArticleAsync("hk.txt");
        Assert.Equal((new DateOnly(2025, 6, 4), 13), (article?.Date, article?.Moves));
        Assert.Empty(await handler.Store.Sessions.GetSessionMovesAsync("HK", new DateOnly(2025, 5, 21)));
    }

    [Fact]
    public async Task IngestRecap_Garbage_IsQuarantinedWith200()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("junk.bin", [0x00, 0x01, 0xFE, 0xFF, 0x00, 0x00, 0x7F, 0x45, 0x4C, 0x46]);

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("junk.bin", Envelopes.Deferred(10)));

        Assert.Equal((HttpStatusCode.OK, "quarantined"), (reply.Status, reply.Returned("status")));
        var article = await handler.Store.Sessions.GetArticleAsync("junk.bin");
        Assert.Equal(ArticleStatus.Quarantined, article?.Status);
        Assert.Equal(reply.Returned("reason"), article?.QuarantineReason);
    }

    [Fact]
    public async Task IngestRecap_BlobDeletedSinceTheEvent_Is200AndStoresNothing()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite);
        await handler.UploadAsync("other.txt", May21);

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("gone.txt", Envelopes.Deferred(May21.Length)));

        Assert.Equal((HttpStatusCode.OK, "gone"), (reply.Status, reply.Returned("status")));
        Assert.Null(await handler.Store.Sessions.GetArticleAsync("gone.txt"));
    }

    [Fact]
    public async Task IngestRecap_BlobStorageUnreachable_Is500SoTheHostRetries()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite, blobs: Unreachable);

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Deferred(May21.Length)));

        Assert.Equal((HttpStatusCode.InternalServerError, "storage_failed"), (reply.Status, reply.Body.GetProperty("error").GetString()));
        Assert.Contains("127.0.0.1:9", reply.Message, StringComparison.Ordinal);
        Assert.Contains(reply.Logs, line => line.StartsWith("Error: IngestRecap: storage failed (Unavailable)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestRecap_TableStorageUnreachable_Is500AndTheHandlerStaysUp()
    {
        await using var handler = await HandlerHarness.AzuriteAsync(azurite, tablesAccount: Unreachable);
        await handler.UploadAsync("seed.txt", May21);

        var first = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Deferred(May21.Length)));
        var retry = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Deferred(May21.Length)));
        using var ready = await handler.Client.GetAsync("/");

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.InternalServerError, HttpStatusCode.OK), (first.Status, retry.Status, ready.StatusCode));
    }

    private static StorageAccount Unreachable { get; } = StorageAccount.Parse(
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + StorageAccount.DevelopmentAccountKey +
        ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1");

    private static Dictionary<string, string> Received(string when) => new() { ["receivedat"] = when };
}
