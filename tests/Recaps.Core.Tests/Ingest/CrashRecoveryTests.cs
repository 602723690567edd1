using Recaps.Core.Ingest;
using Recaps.Core.Storage;

namespace Recaps.Core.Tests.Ingest;

/// <summary>
/// A storage failure (or a crash) between any two writes of an ingest: readers keep seeing the previous
/// version whole, and the next ingest leaves exactly the rows a clean run leaves.
/// </summary>
public abstract class CrashRecoveryTests
{
    /// <summary>A fresh store on the backend the subclass tests.</summary>
    protected abstract IngestHarness NewHarness();

    private static readonly DateOnly May21 = new(2025, 5, 21);

    [Fact]
    public async Task IngestAsync_FailureAtEveryWriteOfANewArticle_ReingestLeavesExactlyTheCleanRows()
    {
        var clean = await CleanSnapshotAsync(Recaps.First);
        var writes = await CountWritesAsync(h => h.IngestAsync("hk.txt", Recaps.First));

        for (var failAt = 1; failAt <= writes; failAt++)
        {
            using var harness = NewHarness();
            harness.Tables.FailAt = failAt;

            await Assert.ThrowsAsync<StorageException>(() => harness.IngestAsync("hk.txt", Recaps.First));
            Assert.Empty(await harness.Store.GetSessionMovesAsync("HK", May21));
            harness.Tables.FailAt = 0;
            var outcome = await harness.IngestAsync("hk.txt", Recaps.First);

            Assert.Equal(IngestStatus.New, outcome.Status);
            Assert.Equal(clean, await harness.SnapshotAsync());
        }
    }

    [Fact]
    public async Task IngestAsync_FailureAtEveryWriteOfAReplacement_ReadersSeeOneVersionAndReingestConverges()
    {
        var clean = await CleanSnapshotAsync(Recaps.First, Recaps.Revised);
        var writes = await CountWritesAsync(h => h.IngestAsync("hk.txt", Recaps.Revised), before: h => h.IngestAsync("hk.txt", Recaps.First));

        for (var failAt = 1; failAt <= writes; failAt++)
        {
            using var harness = NewHarness();
            await harness.IngestAsync("hk.txt", Recaps.First);
            harness.Tables.FailAt = harness.Tables.Writes + failAt;

            await Assert.ThrowsAsync<StorageException>(() => harness.IngestAsync("hk.txt", Recaps.Revised));
            var seen = (await harness.Store.GetSessionMovesAsync("HK", May21)).Select(m => m.Move.Name).ToList();
            Assert.True(seen.SequenceEqual(["Hang Seng Index", "Contemporary Amperex Technology Co Ltd", "Zijin Mining"])
                || seen.SequenceEqual(["Hang Seng Index", "CATL", "Geely Auto"]), $"failure at write {failAt} showed {string.Join(", ", seen)}");
            harness.Tables.FailAt = 0;
            await harness.IngestAsync("hk.txt", Recaps.Revised);

            Assert.Equal(clean, await harness.SnapshotAsync());
        }
    }

    [Fact]
    public async Task IngestAsync_OldContentAfterAnInterruptedReplacement_RestoresExactlyTheOldRows()
    {
        var clean = await CleanSnapshotAsync(Recaps.First);
        using var harness = NewHarness();
        await harness.IngestAsync("hk.txt", Recaps.First);
        harness.Tables.FailAt = harness.Tables.Writes + 4;
        await Assert.ThrowsAsync<StorageException>(() => harness.IngestAsync("hk.txt", Recaps.Revised));
        harness.Tables.FailAt = 0;

        var outcome = await harness.IngestAsync("hk.txt", Recaps.First);

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        // The catalogue only ever learns: Geely, named by the interrupted version, stays known by name.
        Assert.Equal(clean, [.. (await harness.SnapshotAsync()).Where(r => !r.Contains("geely", StringComparison.Ordinal))]);
    }

    [Fact]
    public async Task IngestAsync_CrashAtEveryWrite_ArticleIsBusyUntilTheLeaseEndsThenRepaired()
    {
        var clean = await CleanSnapshotAsync(Recaps.First, Recaps.Revised);
        var writes = await CountWritesAsync(h => h.IngestAsync("hk.txt", Recaps.Revised), before: h => h.IngestAsync("hk.txt", Recaps.First));

        var busyRuns = 0;
        for (var failAt = 2; failAt <= writes; failAt++)
        {
            using var harness = NewHarness();
            await harness.IngestAsync("hk.txt", Recaps.First);
            harness.Tables.FailAt = harness.Tables.Writes + failAt;
            harness.Tables.FailAfter = true;
            await Assert.ThrowsAsync<StorageException>(() => harness.IngestAsync("hk.txt", Recaps.Revised));
            harness.Tables.FailAt = 0;

            var busy = await Record.ExceptionAsync(() => harness.IngestAsync("hk.txt", Recaps.Revised));
            harness.Clock.Now += new IngestOptions().Lease;
            await harness.IngestAsync("hk.txt", Recaps.Revised);

            // Busy while the crashed ingest's lease runs, unless it crashed after switching to the new version.
            if (busy is not null)
            {
                var ex = Assert.IsType<StorageException>(busy);
                Assert.Equal((StorageErrorKind.Unavailable, "ArticleBusy"), (ex.Kind, ex.ErrorCode));
                busyRuns++;
            }
            Assert.Equal(clean, await harness.SnapshotAsync());
        }
        Assert.InRange(busyRuns, writes / 2, writes);
    }

    [Fact]
    public async Task IngestAsync_ConcurrentIngestsOfTwoVersions_LeaveOneWholeVersion()
    {
        for (var round = 0; round < 5; round++)
        {
            using var harness = NewHarness();

            var results = await Task.WhenAll(
                Task.Run(() => Record.ExceptionAsync(() => harness.IngestAsync("hk.txt", Recaps.First))),
                Task.Run(() => Record.ExceptionAsync(() => harness.IngestAsync("hk.txt", Recaps.Revised))));

            // Which instrument key CATL gets depends on which name the catalogue met first; the version must be whole.
            var article = await harness.Store.GetArticleAsync("hk.txt");
            var data = Data(await harness.SnapshotAsync());
            Assert.Equal(9, data.Count); // three moves twice, two session rows, the list of them
            Assert.All(data, row => Assert.Contains(article!.Version!, row, StringComparison.Ordinal));
            var seen = (await harness.Store.GetSessionMovesAsync("HK", May21)).Select(m => m.Move.Name).ToList();
            Assert.True(seen.SequenceEqual(["Hang Seng Index", "Contemporary Amperex Technology Co Ltd", "Zijin Mining"])
                || seen.SequenceEqual(["Hang Seng Index", "CATL", "Geely Auto"]), string.Join(", ", seen));
            // The one that lost the race was told the article is busy, and nothing else.
            Assert.All(results.OfType<StorageException>(), ex => Assert.Equal("ArticleBusy", ex.ErrorCode));
            Assert.Contains(null, results);
        }
    }

    private static List<string> Data(List<string> rows) =>
        [.. rows.Where(r => !r.StartsWith("Articles", StringComparison.Ordinal) && !r.StartsWith("Instruments", StringComparison.Ordinal))];

    private async Task<List<string>> CleanSnapshotAsync(params string[] versions)
    {
        using var harness = NewHarness();
        foreach (var text in versions)
        {
            await harness.IngestAsync("hk.txt", text);
        }
        return await harness.SnapshotAsync();
    }

    private async Task<int> CountWritesAsync(Func<IngestHarness, Task> ingest, Func<IngestHarness, Task>? before = null)
    {
        using var harness = NewHarness();
        if (before is not null)
        {
            await before(harness);
        }
        var start = harness.Tables.Writes;
        await ingest(harness);
        return harness.Tables.Writes - start;
    }
}
