using System.Text;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Blobs;
using Recaps.Testing;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>The blob container against Azurite (SharedKey); each test uses a container of its own.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteBlobTests(AzuriteFixture azurite)
{
    private static readonly Dictionary<string, string> Metadata = new() { ["source"] = "upload", ["Received"] = "2026-01-01T08:00:00Z" };

    [Fact]
    public async Task PutAsync_ThenGetAsync_ReturnsBytesPropertiesAndMetadata()
    {
        var container = NewContainer();
        var bytes = Encoding.UTF8.GetBytes("Hang Seng rose 1.2% to 23,827.79.");

        var etag = await container.PutAsync("2026/01/hsi.txt", bytes, "text/plain; charset=utf-8", Metadata);
        var blob = await container.GetAsync("2026/01/hsi.txt", maxBytes: 1024);

        Assert.False(blob.IsTooLarge);
        Assert.Equal(bytes, blob.Bytes);
        Assert.Equal(etag, blob.Item.ETag);
        Assert.Equal(bytes.Length, blob.Item.ContentLength);
        Assert.Equal("text/plain; charset=utf-8", blob.Item.ContentType);
        Assert.NotNull(blob.Item.CreatedOn);
        Assert.Equal("upload", blob.Item.Metadata["source"]);
        Assert.Equal("2026-01-01T08:00:00Z", blob.Item.Metadata["received"]);
    }

    [Theory]
    [InlineData("recap with spaces.txt")]
    [InlineData("2026/恒生指数 收市.txt")]
    [InlineData("é ü ß 🚀/O'Brien & co (1) + [x] = 100%.md")]
    public async Task PutAsync_AwkwardNames_RoundTripThroughGetAndList(string name)
    {
        var container = NewContainer();

        await container.PutAsync(name, "x"u8.ToArray(), "text/plain");
        var blob = await container.GetAsync(name, 10);
        var listed = await ListAll(container);

        Assert.Equal("x"u8.ToArray(), blob.Bytes);
        Assert.Equal(name, Assert.Single(listed).Name);
        Assert.NotNull(await container.GetPropertiesAsync(name));
    }

    [Fact]
    public async Task ListPageAsync_SmallPages_FollowsMarkersThroughEveryBlobInNameOrder()
    {
        var container = NewContainer();
        var names = Enumerable.Range(0, 7).Select(i => $"in/{i:D2}.txt").ToList();
        foreach (var name in names)
        {
            await container.PutAsync(name, "x"u8.ToArray(), "text/plain", Metadata);
        }
        await container.PutAsync("other/skip.txt", "x"u8.ToArray(), "text/plain");

        var pages = new List<BlobPage>();
        string? marker = null;
        do
        {
            var page = await container.ListPageAsync("in/", marker, pageSize: 3);
            pages.Add(page);
            marker = page.ContinuationToken;
        }
        while (marker is not null);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Items.Count));
        var items = pages.SelectMany(p => p.Items).ToList();
        Assert.Equal(names, items.Select(i => i.Name));
        Assert.All(items, i => Assert.Equal("upload", i.Metadata["source"]));
        Assert.All(items, i => Assert.NotNull(i.CreatedOn));
        Assert.All(items, i => Assert.Equal(1, i.ContentLength));
    }

    [Fact]
    public async Task GetAsync_MissingBlob_ThrowsNotFound()
    {
        var container = NewContainer();
        await container.CreateIfNotExistsAsync();

        var ex = await Assert.ThrowsAsync<StorageException>(() => container.GetAsync("missing.txt", 10));

        Assert.Equal(StorageErrorKind.NotFound, ex.Kind);
        Assert.Null(await container.GetPropertiesAsync("missing.txt"));
    }

    [Fact]
    public async Task ListPageAsync_MissingContainer_IsEmpty()
    {
        var page = await NewContainer().ListPageAsync();

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task GetAsync_OverTheLimit_ReportsTooLargeWithItsSize()
    {
        var container = NewContainer();
        var big = new byte[3 * 1024 * 1024];
        await container.PutAsync("big.bin", big, "application/octet-stream");

        var blob = await container.GetAsync("big.bin", maxBytes: 1024);
        var exact = await container.GetAsync("big.bin", maxBytes: big.Length);

        Assert.True(blob.IsTooLarge);
        Assert.Equal(big.Length, blob.Item.ContentLength);
        Assert.False(exact.IsTooLarge);
        Assert.Equal(big.Length, exact.Bytes.Length);
    }

    [Fact]
    public async Task PutAsync_NoOverwriteOnExisting_ThrowsConflictAndKeepsContent()
    {
        var container = NewContainer();
        await container.PutAsync("a.txt", "first"u8.ToArray(), "text/plain");

        var ex = await Assert.ThrowsAsync<StorageException>(() => container.PutAsync("a.txt", "second"u8.ToArray(), "text/plain", overwrite: false));

        Assert.Equal(StorageErrorKind.Conflict, ex.Kind);
        Assert.Equal("first"u8.ToArray(), (await container.GetAsync("a.txt", 100)).Bytes);
    }

    [Fact]
    public async Task PutAsync_Overwrite_ReplacesContentAndETag()
    {
        var container = NewContainer();
        var first = await container.PutAsync("a.txt", "first"u8.ToArray(), "text/plain");

        var second = await container.PutAsync("a.txt", "second"u8.ToArray(), "text/plain");

        Assert.NotEqual(first, second);
        Assert.Equal("second"u8.ToArray(), (await container.GetAsync("a.txt", 100)).Bytes);
    }

    [Fact]
    public async Task AnyCall_WrongKey_ThrowsUnauthorized()
    {
        var account = azurite.Account with { Credential = StorageCredential.FromAccountKey(Convert.ToBase64String(new byte[64])) };
        var container = new AzureBlobContainer(account, "c" + AzuriteFixture.UniqueName(""), AzuriteFixture.Options());

        var ex = await Assert.ThrowsAsync<StorageException>(() => container.CreateIfNotExistsAsync());

        Assert.Equal(StorageErrorKind.Unauthorized, ex.Kind);
        Assert.Equal(403, ex.Status);
    }

    private AzureBlobContainer NewContainer() => new(azurite.Account, AzuriteFixture.UniqueName("c"), AzuriteFixture.Options());

    private static async Task<List<BlobItem>> ListAll(IBlobContainer container)
    {
        var items = new List<BlobItem>();
        await foreach (var item in container.ListAsync())
        {
            items.Add(item);
        }
        return items;
    }
}
