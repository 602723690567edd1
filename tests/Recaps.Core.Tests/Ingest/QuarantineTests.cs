using System.Text;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Tests.Ingest;

public sealed class QuarantineTests : IDisposable
{
    private readonly IngestHarness _harness = new(new IngestOptions { MaxArticleBytes = 64 * 1024 });

    public void Dispose() => _harness.Dispose();

    [Theory]
    [InlineData("", "the recap is empty")]
    [InlineData("   \n\n  ", "the recap is empty")]
    [InlineData("The weather in Hong Kong was sunny and warm all week.", "no market moves found")]
    public async Task IngestAsync_TextWithoutMarketData_QuarantinesWithReasonAndWritesNothingElse(string text, string reason)
    {
        var outcome = await _harness.IngestAsync("bad.txt", text);

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal(reason, outcome.Reason);
        await AssertOnlyArticleRowAsync("bad.txt", reason);
    }

    [Fact]
    public async Task IngestAsync_BinaryBytes_Quarantines()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var outcome = await _harness.Ingestor.IngestAsync(new RecapDocument("photo.txt", bytes, Recaps.Received));

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        await AssertOnlyArticleRowAsync("photo.txt", "the recap is not text (binary content)");
    }

    [Fact]
    public async Task IngestAsync_OverTheSizeLimit_QuarantinesUnreadEvenWithoutContent()
    {
        var outcome = await _harness.Ingestor.IngestAsync(new RecapDocument("huge.txt", ReadOnlyMemory<byte>.Empty, Recaps.Received) { Length = 50L * 1024 * 1024 });

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal("the recap is 50 MB, over the 0.1 MB limit", outcome.Reason);
        await AssertOnlyArticleRowAsync("huge.txt", outcome.Reason!);
        var again = await _harness.Ingestor.IngestAsync(new RecapDocument("huge.txt", ReadOnlyMemory<byte>.Empty, Recaps.Received) { Length = 50L * 1024 * 1024 });
        Assert.Equal((IngestStatus.Unchanged, outcome.Reason), (again.Status, again.Reason));
    }

    [Fact]
    public async Task IngestAsync_SameBadBytesAgain_IsUnchanged()
    {
        await _harness.IngestAsync("bad.txt", "no markets here at all");
        var writes = _harness.Tables.Writes;

        var again = await _harness.IngestAsync("bad.txt", "no markets here at all");

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal("no market moves found", again.Reason);
        Assert.Equal(writes, _harness.Tables.Writes);
    }

    [Fact]
    public async Task IngestAsync_BadUploadOverGoodArticle_KeepsTheGoodMovesVisible()
    {
        await _harness.IngestAsync("hk.txt", Recaps.First);

        var outcome = await _harness.Ingestor.IngestAsync(new RecapDocument("hk.txt", Encoding.UTF8.GetBytes("\0\0\0garbage\0\0"), Recaps.Received));
        var fixedAgain = await _harness.IngestAsync("hk.txt", Recaps.Revised);

        Assert.Equal(IngestStatus.Quarantined, outcome.Status);
        Assert.Equal(IngestStatus.Replaced, fixedAgain.Status);
        Assert.Equal(9.5m, Assert.Single(await _harness.Store.GetInstrumentMovesAsync("contemporary-amperex-technology")).Move.Figures.Pct);
    }

    [Fact]
    public async Task IngestAsync_BadUploadOverGoodArticle_ArticleRowSaysQuarantinedButMovesStay()
    {
        await _harness.IngestAsync("hk.txt", Recaps.First);

        await _harness.IngestAsync("hk.txt", "nothing about markets");

        var article = await _harness.Store.GetArticleAsync("hk.txt");
        Assert.Equal(ArticleStatus.Quarantined, article!.Status);
        Assert.Equal("no market moves found", article.QuarantineReason);
        Assert.Equal(3, (await _harness.Store.GetSessionMovesAsync("HK", new DateOnly(2025, 5, 21))).Count);
    }

    private async Task AssertOnlyArticleRowAsync(string source, string reason)
    {
        var rows = await _harness.SnapshotAsync();
        var row = Assert.Single(rows);
        Assert.StartsWith(StoreTables.Articles + " | ", row, StringComparison.Ordinal);
        var article = await _harness.Store.GetArticleAsync(source);
        Assert.Equal(ArticleStatus.Quarantined, article!.Status);
        Assert.Equal(reason, article.QuarantineReason);
        Assert.Null(article.Version);
    }
}
