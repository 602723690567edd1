using Recaps.Core.Ingest;
using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Tests.Ingest;

public abstract class RecapIngestorTests : IDisposable
{
    private static readonly DateOnly May21 = new(2025, 5, 21);
    private IngestHarness? _harness;

    private IngestHarness Harness => _harness ??= NewHarness();

    /// <summary>A fresh store on the backend the subclass tests.</summary>
    protected abstract IngestHarness NewHarness(IngestOptions? options = null);

    public void Dispose()
    {
        _harness?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task IngestAsync_NewArticle_StoresMovesReadableByInstrumentAndBySession()
    {
        var outcome = await Harness.IngestAsync("hk-0521.txt", Recaps.First);

        Assert.Equal(IngestStatus.New, outcome.Status);
        Assert.Equal(3, outcome.Moves);
        Assert.Equal(("HK", May21), (outcome.Market, outcome.Date));
        var hsi = Assert.Single(await Harness.Store.GetInstrumentMovesAsync("hsi"));
        Assert.Equal(23_827.79m, hsi.Move.Figures.Level);
        Assert.Equal(146m, hsi.Move.Figures.Points);
        Assert.Equal("hk-0521.txt", hsi.Article.Source);
        Assert.Equal(May21, hsi.Date);
        var session = await Harness.Store.GetSessionMovesAsync("HK", May21);
        Assert.Equal(["Hang Seng Index", "Contemporary Amperex Technology Co Ltd", "Zijin Mining"], session.Select(m => m.Move.Name));
        Assert.Equal("a profit warning", session[2].Move.Reason);
        Assert.Equal(Direction.Down, session[2].Move.Direction);
    }

    [Fact]
    public async Task IngestAsync_SameBytesTwice_SecondChangesNothing()
    {
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        var before = await Harness.SnapshotAsync(withETags: true);
        var writes = Harness.Tables.Writes;

        var again = await Harness.IngestAsync("hk-0521.txt", Recaps.First);

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(3, again.Moves);
        Assert.Equal(writes, Harness.Tables.Writes);
        Assert.Equal(before, await Harness.SnapshotAsync(withETags: true));
    }

    [Fact]
    public async Task IngestAsync_ChangedArticleUnderSameName_ReplacesItsMoves()
    {
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);

        var outcome = await Harness.IngestAsync("hk-0521.txt", Recaps.Revised);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        var session = await Harness.Store.GetSessionMovesAsync("HK", May21);
        Assert.Equal(["Hang Seng Index", "CATL", "Geely Auto"], session.Select(m => m.Move.Name));
        Assert.Empty(await Harness.Store.GetInstrumentMovesAsync("zijin-mining"));
        var catl = Assert.Single(await Harness.Store.GetInstrumentMovesAsync("contemporary-amperex-technology"));
        Assert.Equal(9.5m, catl.Move.Figures.Pct);
        var fresh = NewHarness();
        await fresh.IngestAsync("hk-0521.txt", Recaps.First);
        await fresh.IngestAsync("hk-0521.txt", Recaps.Revised);
        Assert.Equal(await fresh.SnapshotAsync(), await Harness.SnapshotAsync());
        fresh.Dispose();
    }

    [Fact]
    public async Task GetSessionMovesAsync_ArticleReplacedByAnotherInstance_ShowsOneWholeVersionAndTheNewOneOnceTheCacheExpires()
    {
        using var reader = new SessionStore(Harness.Tables, TimeSpan.FromSeconds(5), Harness.Clock);
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        Assert.Equal(3, (await reader.GetSessionMovesAsync("HK", May21)).Count);

        await Harness.IngestAsync("hk-0521.txt", Recaps.Revised);
        var meanwhile = await reader.GetSessionMovesAsync("HK", May21);
        Harness.Clock.Now += TimeSpan.FromSeconds(5);
        var after = await reader.GetSessionMovesAsync("HK", May21);

        // Within the lifetime the reader still trusts the first version, whose rows are gone: never a mix.
        Assert.Empty(meanwhile);
        Assert.Equal(["Hang Seng Index", "CATL", "Geely Auto"], after.Select(m => m.Move.Name));
    }

    [Fact]
    public async Task GetSessionMovesAsync_NoVersionLifetime_SeesAnotherInstancesReplacementAtOnce()
    {
        using var reader = new SessionStore(Harness.Tables, TimeSpan.Zero, Harness.Clock);
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        Assert.Equal(3, (await reader.GetSessionMovesAsync("HK", May21)).Count);

        await Harness.IngestAsync("hk-0521.txt", Recaps.Revised);

        Assert.Equal(["Hang Seng Index", "CATL", "Geely Auto"], (await reader.GetSessionMovesAsync("HK", May21)).Select(m => m.Move.Name));
    }

    [Fact]
    public async Task IngestAsync_TwoArticlesAboutOneSession_KeepsAndCitesBoth()
    {
        await Harness.IngestAsync("desk-a.txt", Recaps.First);
        await Harness.IngestAsync("desk-b.txt", Recaps.Revised);

        var catl = await Harness.Store.GetInstrumentMovesAsync("contemporary-amperex-technology");
        var sessions = await Harness.Store.GetSessionsAsync();

        Assert.Equal(["desk-a.txt", "desk-b.txt"], catl.Select(m => m.Article.Source).Order());
        Assert.Equal([9m, 9.5m], catl.Select(m => m.Move.Figures.Pct!.Value).Order());
        var session = Assert.Single(sessions);
        Assert.Equal(["desk-a.txt", "desk-b.txt"], session.Articles.Select(a => a.Source).Order());
        Assert.Equal(6, session.Moves);
        Assert.Equal(2, (await Harness.Store.GetInstrumentMovesAsync("hsi")).Count);
    }

    [Fact]
    public async Task IngestAsync_ShortNameInLaterArticle_JoinsTheInstrumentAnEarlierArticleNamed()
    {
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        await Harness.IngestAsync("hk-0522.txt", Recaps.NextDay);

        var moves = await Harness.Store.GetInstrumentMovesAsync("contemporary-amperex-technology");
        var catalog = await Harness.Store.GetInstrumentsAsync();

        Assert.Equal([new DateOnly(2025, 5, 22), May21], moves.Select(m => m.Date));
        Assert.Equal(-3m, moves[0].Move.Figures.Pct);
        var entry = Assert.Single(catalog, e => e.Key == "contemporary-amperex-technology");
        Assert.Equal(InstrumentKind.Stock, entry.Kind);
        Assert.Contains("CATL", entry.Names);
        Assert.Equal(["HK"], entry.Venues);
    }

    [Fact]
    public async Task GetInstrumentMovesAsync_DateRangeAndTake_ReturnsThoseSessionsNewestFirst()
    {
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        await Harness.IngestAsync("hk-0522.txt", Recaps.NextDay);

        var onlyFirst = await Harness.Store.GetInstrumentMovesAsync("hsi", from: May21, to: May21);
        var fromFirst = await Harness.Store.GetInstrumentMovesAsync("hsi", from: May21);
        var newest = await Harness.Store.GetInstrumentMovesAsync("hsi", take: 1);

        Assert.Equal([May21], onlyFirst.Select(m => m.Date));
        Assert.Equal(2, fromFirst.Count);
        Assert.Equal(new DateOnly(2025, 5, 22), Assert.Single(newest).Date);
        Assert.Empty(await Harness.Store.GetInstrumentMovesAsync("no-such-thing"));
        Assert.Empty(await Harness.Store.GetInstrumentMovesAsync("bad/key"));
    }

    [Fact]
    public async Task GetSessionsAsync_SeveralDates_NewestFirstPerMarketAndInAll()
    {
        await Harness.IngestAsync("hk-0521.txt", Recaps.First);
        await Harness.IngestAsync("hk-0522.txt", Recaps.NextDay);

        var all = await Harness.Store.GetSessionsAsync();
        var hk = await Harness.Store.GetSessionsAsync("HK", take: 1);
        var before = await Harness.Store.GetSessionsAsync(onOrBefore: May21);

        Assert.Equal([new DateOnly(2025, 5, 22), May21], all.Select(s => s.Date));
        Assert.Equal(new DateOnly(2025, 5, 22), Assert.Single(hk).Date);
        Assert.Equal(May21, Assert.Single(before).Date);
    }
}
