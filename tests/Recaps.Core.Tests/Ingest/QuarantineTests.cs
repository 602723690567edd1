using System.Text;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Tests.Ingest;

public abstract class QuarantineTests : IDisposable
{
    private IngestHarness? _harness;

    private IngestHarness Harness => _harness ??= NewHarness(new IngestOptions { MaxArticleBytes = 64 * 1024 });

    /// <summary>A fresh store on the backend the subclass tests.</summary>
    protected abstract IngestHarness NewHarness(IngestOptions? options = null);

    public void Dispose()
    {
        _harness?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("", "the recap is empty")]
    [InlineData("   \n\n  ", "the recap is empty")]
    [InlineData("The weather in Hong Kong was sunny and warm all week.", "no market moves found")]
    public async Task IngestAsync_TextWithoutMarketData_QuarantinesWithReasonAndWritesNothingElse(string text, string reason)
    {
        var outcome = await Harness.IngestAsync("bad.txt", text);

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal(reason, outcome.Reason);
        await AssertOnlyArticleRowAsync("bad.txt", reason);
    }

    [Fact]
    public async Task IngestAsync_BinaryBytes_Quarantines()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var outcome = await Harness.Ingestor.IngestAsync(new RecapDocument("photo.txt", bytes, Recaps.Received));

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        await AssertOnlyArticleRowAsync("photo.txt", "the recap is not text (binary content)");
    }

    [Fact]
    public async Task IngestAsync_OverTheSizeLimit_QuarantinesUnreadEvenWithoutContent()
    {
        var outcome = await Harness.Ingestor.IngestAsync(new RecapDocument("huge.txt", ReadOnlyMemory<byte>.Empty, Recaps.Received) { Length = 50L * 1024 * 1024 });

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal("the recap is 50 MB, over the 64 KB limit", outcome.Reason);
        await AssertOnlyArticleRowAsync("huge.txt", outcome.Reason!);
        var again = await Harness.Ingestor.IngestAsync(new RecapDocument("huge.txt", ReadOnlyMemory<byte>.Empty, Recaps.Received) { Length = 50L * 1024 * 1024 });
        Assert.Equal((IngestStatus.Unchanged, outcome.Reason), (again.Status, again.Reason));
    }

    [Fact]
    public async Task IngestAsync_SameBadBytesAgain_IsUnchanged()
    {
        await Harness.IngestAsync("bad.txt", "no markets here at all");
        var writes = Harness.Tables.Writes;

        var again = await Harness.IngestAsync("bad.txt", "no markets here at all");

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal("no market moves found", again.Reason);
        Assert.Equal(writes, Harness.Tables.Writes);
    }

    [Fact]
    public async Task IngestAsync_BadUploadOverGoodArticle_KeepsTheGoodMovesVisible()
    {
        await Harness.IngestAsync("hk.txt", Recaps.First);

        var outcome = await Harness.Ingestor.IngestAsync(new RecapDocument("hk.txt", Encoding.UTF8.GetBytes("\0\0\0garbage\0\0"), Recaps.Received));
        var fixedAgain = await Harness.IngestAsync("hk.txt", Recaps.Revised);

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal(IngestStatus.Replaced, fixedAgain.Status);
        Assert.Equal(9.5m, Assert.Single(await Harness.Store.GetInstrumentMovesAsync("contemporary-amperex-technology")).Move.Figures.Pct);
    }

    [Fact]
    public async Task IngestAsync_BadUploadOverGoodArticle_ArticleRowSaysQuarantinedButMovesStay()
    {
        await Harness.IngestAsync("hk.txt", Recaps.First);

        await Harness.IngestAsync("hk.txt", "nothing about markets");

        var article = await Harness.Store.GetArticleAsync("hk.txt");
        Assert.Equal(ArticleStatus.Quarantined, article!.Status);
        Assert.Equal("no market moves found", article.QuarantineReason);
        Assert.Equal(3, (await Harness.Store.GetSessionMovesAsync("HK", new DateOnly(2025, 5, 21))).Count);
    }

    private async Task AssertOnlyArticleRowAsync(string source, string reason)
    {
        var rows = await Harness.SnapshotAsync();
        var row = Assert.Single(rows);
        Assert.StartsWith(StoreTables.Articles + " | ", row, StringComparison.Ordinal);
        var article = await Harness.Store.GetArticleAsync(source);
        Assert.Equal(ArticleStatus.Quarantined, article!.Status);
        Assert.Equal(reason, article.QuarantineReason);
        Assert.Null(article.Version);
    }
}
