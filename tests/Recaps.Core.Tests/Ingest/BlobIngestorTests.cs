using System.Text;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Blobs;
using Recaps.Core.Tests.Storage;
using Recaps.Testing;

namespace Recaps.Core.Tests.Ingest;

/// <summary>Ingest from the recaps container: the blob trigger's read, the sweep's skip by ETag, uploads.</summary>
[Collection(AzuriteTests.Name)]
public sealed class BlobIngestorTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly DateOnly May21 = new(2025, 5, 21);
    private readonly IngestHarness _harness = IngestHarness.Azurite(azurite, new IngestOptions { MaxArticleBytes = 4096 });
    private readonly AzureBlobContainer _container = new(azurite.Account, AzuriteFixture.UniqueName("recaps"), AzuriteFixture.Options());

    public void Dispose() => _harness.Dispose();

    private BlobIngestor Blobs => new(_harness.Ingestor, _harness.Store, _container, new IngestOptions { MaxArticleBytes = 4096 });

    [Fact]
    public async Task IngestBlobAsync_UploadedWithReceivedMetadata_StoresItUnderTheBlobName()
    {
        var etag = await _container.PutAsync("desk/hk 0521.txt", Encoding.UTF8.GetBytes(Recaps.First), "text/plain",
            new Dictionary<string, string> { [BlobIngestor.ReceivedMetadata] = "2025-05-21T18:00:00+08:00" });

        var outcome = await Blobs.IngestBlobAsync("desk/hk 0521.txt");

        Assert.Equal(IngestStatus.New, outcome.Status);
        var move = Assert.Single(await _harness.Store.GetInstrumentMovesAsync("hsi"));
        Assert.Equal("desk/hk 0521.txt", move.Article.Source);
        Assert.Equal(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.Zero), move.Article.Received);
        Assert.Equal(etag, (await _harness.Store.GetArticleAsync("desk/hk 0521.txt"))!.BlobETag);
    }

    [Fact]
    public async Task IngestIfChangedAsync_BlobAtTheStoredETag_SkipsWithoutWriting()
    {
        await _container.PutAsync("hk.txt", Encoding.UTF8.GetBytes(Recaps.First), "text/plain");
        var item = await _container.GetPropertiesAsync("hk.txt");
        await Blobs.IngestIfChangedAsync(item!);
        var writes = _harness.Tables.Writes;

        var again = await Blobs.IngestIfChangedAsync(item!);

        Assert.Equal((IngestStatus.Unchanged, 3), (again!.Status, again.Moves));
        Assert.Equal(writes, _harness.Tables.Writes);
    }

    [Fact]
    public async Task IngestIfChangedAsync_BlobOverwrittenWithNewText_ReplacesTheMoves()
    {
        await _container.PutAsync("hk.txt", Encoding.UTF8.GetBytes(Recaps.First), "text/plain");
        await Blobs.IngestIfChangedAsync((await _container.GetPropertiesAsync("hk.txt"))!);
        await _container.PutAsync("hk.txt", Encoding.UTF8.GetBytes(Recaps.Revised), "text/plain");

        var outcome = await Blobs.IngestIfChangedAsync((await _container.GetPropertiesAsync("hk.txt"))!);

        Assert.Equal(IngestStatus.Replaced, outcome!.Status);
        Assert.Equal(["Hang Seng Index", "CATL", "Geely Auto"], (await _harness.Store.GetSessionMovesAsync("HK", May21)).Select(m => m.Move.Name));
    }

    [Fact]
    public async Task IngestIfChangedAsync_BlobDeletedAfterListing_ReturnsNull()
    {
        var ghost = new BlobItem("gone.txt", "\"0x1\"", DateTimeOffset.UnixEpoch, null, 10, "text/plain", new Dictionary<string, string>());

        Assert.Null(await Blobs.IngestIfChangedAsync(ghost));
    }

    [Fact]
    public async Task IngestBlobAsync_OverTheLimit_QuarantinesWithoutDownloading()
    {
        await _container.PutAsync("big.txt", new byte[10_000], "text/plain");

        var outcome = await Blobs.IngestBlobAsync("big.txt");

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal("the recap is 9.8 KB, over the 4 KB limit", outcome.Reason);
    }

    [Fact]
    public async Task IngestBlobAsync_BinaryBlob_QuarantinesIt()
    {
        var bytes = new byte[2048];
        new Random(3).NextBytes(bytes);
        await _container.PutAsync("photo.jpg.txt", bytes, "application/octet-stream");

        var outcome = await Blobs.IngestBlobAsync("photo.jpg.txt");

        Assert.Equal(("the recap is not text (binary content)", IngestStatus.Quarantined), (outcome.Reason, outcome.Status));
    }

    [Fact]
    public async Task UploadAndIngestAsync_SameFileTwice_UploadsOnceAndReportsUnchanged()
    {
        var document = Recaps.Document("hk.txt", Recaps.First);

        var first = await Blobs.UploadAndIngestAsync(document, "text/plain");
        var etag = (await _container.GetPropertiesAsync("hk.txt"))!.ETag;
        var second = await Blobs.UploadAndIngestAsync(document, "text/plain");

        Assert.Equal((IngestStatus.New, IngestStatus.Unchanged), (first.Status, second.Status));
        var blob = await _container.GetPropertiesAsync("hk.txt");
        Assert.Equal(etag, blob!.ETag);
        Assert.Equal(Recaps.Received, BlobIngestor.ReceivedOf(blob));
    }

    [Fact]
    public void ReceivedOf_NoMetadata_IsTheCreationTime()
    {
        var created = new DateTimeOffset(2025, 5, 21, 9, 30, 0, TimeSpan.Zero);
        var item = new BlobItem("a.txt", "\"1\"", created.AddMinutes(5), created, 10, null, new Dictionary<string, string>());

        Assert.Equal(created, BlobIngestor.ReceivedOf(item));
    }
}
