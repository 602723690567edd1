using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// IngestRecap envelopes as the host sends them, against the embedded store: with no blob storage to read, the
/// handler ingests the content the host sent inline (base64 or double-encoded text).
/// </summary>
public sealed class IngestRecapContractTests
{
    private static readonly DateTimeOffset Created = new(2025, 5, 21, 10, 30, 0, TimeSpan.Zero);
    private static readonly byte[] Seed = File.ReadAllBytes(RepoPaths.Sample("seed-2025-05-21.txt"));

    [Fact]
    public async Task IngestRecap_Base64Data_StoresTheSessionReceivedAtTheBlobsCreationTime()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("hk/seed.txt", Envelopes.Base64(Seed), Created));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(("hk/seed.txt", "new", "20", "HK", "2025-05-21"),
            (reply.Returned("source"), reply.Returned("status"), reply.Returned("moves"), reply.Returned("market"), reply.Returned("date")));
        Assert.Empty(reply.Body.GetProperty("Outputs").EnumerateObject());
        var article = await handler.Store.Sessions.GetArticleAsync("hk/seed.txt");
        Assert.Equal((ArticleStatus.Stored, 20, Created), (article?.Status, article?.Moves, article?.Received));
        Assert.Contains("Information: Blob hk/seed.txt in the recaps container (base64, 2208 bytes inline)", reply.Logs);
    }

    [Fact]
    public async Task IngestRecap_DoubleEncodedText_StoresTheSameSession()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Text(Encoding.UTF8.GetString(Seed)), Created));

        Assert.Equal((HttpStatusCode.OK, "new", "20"), (reply.Status, reply.Returned("status"), reply.Returned("moves")));
        Assert.Contains(reply.Logs, line => line.Contains("(text, 2208 bytes inline)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestRecap_PlainScalarsAsTheDocsShowThem_AreReadToo()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Base64(Seed), Created, doubleEncoded: false));

        Assert.Equal((HttpStatusCode.OK, "seed.txt", "new"), (reply.Status, reply.Returned("source"), reply.Returned("status")));
    }

    [Fact]
    public async Task IngestRecap_NoNameButAUri_TakesTheNameFromTheBlobPath()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var uri = "http://127.0.0.1:10000/devstoreaccount1/recaps/2025/Hang%20Seng%20close%20%E6%81%92%E7%94%9F.txt";

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob(null, Envelopes.Base64(Seed), Created, uri));

        Assert.Equal((HttpStatusCode.OK, "2025/Hang Seng close 恒生.txt"), (reply.Status, reply.Returned("source")));
    }

    [Fact]
    public async Task IngestRecap_ReceivedAtMetadata_DatesTheArticleInsteadOfTheCreationTime()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var receivedAt = new DateTimeOffset(2025, 5, 21, 18, 0, 0, TimeSpan.FromHours(8));

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Base64(Seed), Created,
            userMetadata: new JsonObject { ["receivedat"] = "2025-05-21T18:00:00+08:00" }));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal(receivedAt, (await handler.Store.Sessions.GetArticleAsync("seed.txt"))?.Received);
    }

    [Fact]
    public async Task IngestRecap_SameContentTwice_SecondIsUnchanged()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var envelope = Envelopes.Blob("seed.txt", Envelopes.Base64(Seed), Created);

        await handler.InvokeAsync("IngestRecap", envelope);
        var second = await handler.InvokeAsync("IngestRecap", envelope);

        Assert.Equal((HttpStatusCode.OK, "unchanged"), (second.Status, second.Returned("status")));
    }

    [Fact]
    public async Task IngestRecap_Garbage_IsQuarantinedAndAcknowledged()
    {
        await using var handler = await HandlerHarness.SqliteAsync();
        var garbage = new byte[] { 0x00, 0xFF, 0x13, 0x37, 0x00, 0x00, 0x89, 0x50, 0x4E, 0x47 };

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("photo.png", Envelopes.Base64(garbage), Created));

        Assert.Equal((HttpStatusCode.OK, "quarantined"), (reply.Status, reply.Returned("status")));
        Assert.NotNull(reply.Returned("reason"));
        Assert.Equal(ArticleStatus.Quarantined, (await handler.Store.Sessions.GetArticleAsync("photo.png"))?.Status);
        Assert.Contains(reply.Logs, line => line.StartsWith("Warning: Quarantined photo.png: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestRecap_DeferredBindingWithoutBlobStorage_Is500SayingSo()
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("IngestRecap", Envelopes.Blob("seed.txt", Envelopes.Deferred(Seed.Length), Created));

        Assert.Equal((HttpStatusCode.InternalServerError, "no_blob_storage"), (reply.Status, reply.Body.GetProperty("error").GetString()));
        Assert.Contains("AzureWebJobsStorage", reply.Message, StringComparison.Ordinal);
        Assert.Null(await handler.Store.Sessions.GetArticleAsync("seed.txt"));
    }

    [Theory]
    [InlineData("not json", "IngestRecap: the body is not JSON")]
    [InlineData("", "IngestRecap: the body is not JSON")]
    [InlineData("[1, 2]", "IngestRecap: the body is a JSON array; expected an object")]
    [InlineData("{\"Data\": 5}", "IngestRecap: \"Data\" is a JSON number; expected an object")]
    [InlineData("{\"Data\": {}, \"Metadata\": \"x\"}", "IngestRecap: \"Metadata\" is a JSON string; expected an object")]
    [InlineData("{\"Data\": {\"recap\": \"aGk=\"}, \"Metadata\": {}}", "IngestRecap: the envelope names no blob: expected Metadata.name")]
    [InlineData("{\"Metadata\": {\"Uri\": \"\\\"not a url\\\"\"}}", "IngestRecap: Metadata.Uri 'not a url' is not an absolute URL")]
    [InlineData("{\"Metadata\": {\"Uri\": \"\\\"https://a.blob.core.windows.net/other/x.txt\\\"\"}}", "IngestRecap: Metadata.Uri 'https://a.blob.core.windows.net/other/x.txt' is not a blob of the recaps container")]
    [InlineData("{\"Data\": {\"recap\": [1]}, \"Metadata\": {\"name\": \"\\\"a.txt\\\"\"}}", "IngestRecap: Data.recap is a JSON array; expected base64 content")]
    public async Task IngestRecap_MalformedEnvelope_Is400WithTheReason(string body, string message)
    {
        await using var handler = await HandlerHarness.SqliteAsync();

        var reply = await handler.InvokeAsync("IngestRecap", body);

        Assert.Equal((HttpStatusCode.BadRequest, "bad_envelope"), (reply.Status, reply.Body.GetProperty("error").GetString()));
        Assert.StartsWith(message, reply.Message, StringComparison.Ordinal);
        Assert.Empty(await handler.Store.Sessions.GetArticlesAsync());
    }
}
