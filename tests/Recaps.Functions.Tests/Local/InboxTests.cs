using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Functions.Local;

namespace Recaps.Functions.Tests.Local;

public sealed class InboxTests : IDisposable
{
    private readonly TempDirectory _root = new();
    private readonly HookedClock _clock = new();
    private readonly StringWriter _output = new();
    private readonly SessionStore _store;
    private readonly Inbox _inbox;

    public InboxTests()
    {
        var tables = new SqliteTableService(Path.Combine(_root.Path, "data"), _clock);
        _store = new SessionStore(tables);
        _store.InitializeAsync().GetAwaiter().GetResult();
        var folder = Directory.CreateDirectory(Path.Combine(_root.Path, "inbox")).FullName;
        var pacing = new LocalPacing { Settle = TimeSpan.FromMilliseconds(20) };
        _inbox = new Inbox(folder, new RecapIngestor(_store, new RecapParser(), _clock), new IngestOptions(), pacing, _clock,
            new LocalConsole(_output, _clock), NullLogger<Inbox>.Instance);
    }

    [Theory]
    [InlineData("recap.txt", true)]
    [InlineData("hk/recap.MD", true)]
    [InlineData("recap.html", true)]
    [InlineData("recap.txt.tmp", false)]
    [InlineData("recap.crdownload", false)]
    [InlineData("recap.txt~", false)]
    [InlineData(".recap.txt.swp", false)]
    [InlineData(".hidden.txt", false)]
    [InlineData(".git/notes.txt", false)]
    [InlineData("~$recap.txt", false)]
    [InlineData("notes.pdf", false)]
    public void IsRecap_FileName_OnlyRecapsThatAreNotHiddenOrTemporary(string name, bool expected) =>
        Assert.Equal(expected, _inbox.IsRecap(Path.Combine(_inbox.Folder, name)));

    [Fact]
    public void IsRecap_FileOutsideTheInbox_IsNot() =>
        Assert.False(_inbox.IsRecap(Path.Combine(_root.Path, "recap.txt")));

    [Fact]
    public async Task IngestAsync_NewFileInSubfolder_StoresItUnderItsPathInTheInbox()
    {
        var path = Write("hk/thursday.txt", InboxRecaps.TwoMoves);

        var batch = await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);

        Assert.Equal((1, 0), (batch.Summary.Count(IngestStatus.New), batch.NotReady.Count));
        var article = await _store.GetArticleAsync("hk/thursday.txt");
        Assert.Equal((ArticleStatus.Stored, 2, new DateOnly(2025, 6, 5)), (article!.Status, article.Moves, article.Date));
        Assert.Contains("inbox: new         hk/thursday.txt: HK 2025-06-05, 2 moves", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IngestAsync_FileAlreadyIngestedAndUntouched_IsNotReadAgain()
    {
        var path = Write("thursday.txt", InboxRecaps.TwoMoves);
        await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);

        var again = await _inbox.SweepAsync(CancellationToken.None);

        Assert.Equal(0, again.Total);
    }

    [Fact]
    public async Task IngestAsync_SameBytesSavedAgain_ChangesNothing()
    {
        var path = Write("thursday.txt", InboxRecaps.TwoMoves);
        await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);
        var before = await _store.GetArticleAsync("thursday.txt");

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(5));
        var batch = await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);

        Assert.Equal(1, batch.Summary.Count(IngestStatus.Unchanged));
        Assert.Equal(before!.Version, (await _store.GetArticleAsync("thursday.txt"))!.Version);
    }

    [Fact]
    public async Task IngestAsync_ChangedFile_ReplacesItsMoves()
    {
        var path = Write("thursday.txt", InboxRecaps.TwoMoves);
        await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);

        File.WriteAllText(path, InboxRecaps.FourMoves);
        var batch = await _inbox.SweepAsync(CancellationToken.None);

        Assert.Equal(1, batch.Count(IngestStatus.Replaced));
        Assert.Equal(4, (await _store.GetArticleAsync("thursday.txt"))!.Moves);
    }

    [Fact]
    public async Task IngestAsync_FileGrowsWhileSettling_IsLeftUntilItHoldsStill()
    {
        var path = Write("thursday.txt", InboxRecaps.TwoMoves);
        // The writer is still at it: more text arrives while the inbox waits for the file to settle.
        _clock.OnNextWait(() => File.AppendAllText(path, InboxRecaps.FourMoves[InboxRecaps.TwoMoves.Length..]));

        var first = await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);
        var second = await _inbox.IngestAsync(first.NotReady, sweep: false, CancellationToken.None);

        Assert.Equal(0, first.Summary.Total);
        Assert.Equal([path], first.NotReady);
        Assert.Equal((1, 0), (second.Summary.Count(IngestStatus.New), second.NotReady.Count));
        Assert.Equal(4, (await _store.GetArticleAsync("thursday.txt"))!.Moves);
    }

    [Fact]
    public async Task IngestAsync_WriterHoldsFileExclusively_WaitsUntilItLetsGo()
    {
        var path = Path.Combine(_inbox.Folder, "thursday.txt");
        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(InboxRecaps.FourMoves));
        await writer.FlushAsync();

        var locked = await _inbox.IngestAsync([path], sweep: false, CancellationToken.None);
        await writer.DisposeAsync();
        var released = await _inbox.IngestAsync(locked.NotReady, sweep: false, CancellationToken.None);

        Assert.Equal((0, 1), (locked.Summary.Total, locked.NotReady.Count));
        Assert.Equal(1, released.Summary.Count(IngestStatus.New));
        Assert.Equal(4, (await _store.GetArticleAsync("thursday.txt"))!.Moves);
    }

    [Fact]
    public async Task SweepAsync_TemporaryAndHiddenFiles_AreLeftAlone()
    {
        Write("thursday.txt.part", InboxRecaps.TwoMoves);
        Write(".thursday.txt", InboxRecaps.TwoMoves);
        Write("thursday.txt", InboxRecaps.TwoMoves);

        var summary = await _inbox.SweepAsync(CancellationToken.None);

        Assert.Equal((1, 1), (summary.Total, summary.Count(IngestStatus.New)));
        Assert.Single(await _store.GetArticlesAsync());
    }

    [Fact]
    public async Task SweepAsync_StopRequested_StartsNoIngest()
    {
        Write("thursday.txt", InboxRecaps.TwoMoves);
        using var stopping = new CancellationTokenSource();
        _clock.OnNextWait(stopping.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _inbox.SweepAsync(stopping.Token));

        Assert.Empty(await _store.GetArticlesAsync());
    }

    public void Dispose()
    {
        _inbox.Dispose();
        _store.Dispose();
        _output.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _root.Dispose();
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_inbox.Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
