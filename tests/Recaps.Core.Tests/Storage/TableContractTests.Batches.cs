using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

public abstract partial class TableContractTests
{
    [Fact]
    public async Task SubmitBatchAsync_HundredMixedActions_AppliesThemAll()
    {
        var table = NewTable();
        await table.WriteAsync([TableAction.Upsert(Row("p", "gone")), TableAction.Upsert(new TableEntity("p", "merged") { ["Keep"] = "k" })]);
        var actions = Enumerable.Range(0, 97).Select(i => TableAction.Add(Row("p", i.ToString("D3"), i))).ToList();
        actions.Add(TableAction.Delete("p", "gone"));
        actions.Add(TableAction.Merge(new TableEntity("p", "merged") { ["New"] = "n" }));
        actions.Add(TableAction.Upsert(Row("p", "replaced", 5)));

        await table.SubmitBatchAsync(actions);

        var rows = await table.QueryListAsync(TableQuery.Partition("p"));
        Assert.Equal(99, rows.Count);
        Assert.DoesNotContain(rows, r => r.RowKey == "gone");
        var merged = rows.Single(r => r.RowKey == "merged");
        Assert.Equal("k", merged.GetString("Keep"));
        Assert.Equal("n", merged.GetString("New"));
    }

    [Fact]
    public async Task SubmitBatchAsync_OneActionFails_AppliesNoneAndNamesTheAction()
    {
        var table = NewTable();
        await table.UpsertAsync(Row("p", "005", -1));
        var actions = Enumerable.Range(0, 10).Select(i => TableAction.Add(Row("p", i.ToString("D3"), i))).ToList();

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.SubmitBatchAsync(actions));

        Assert.Equal(StorageErrorKind.BatchFailed, ex.Kind);
        Assert.Equal(5, ex.FailedActionIndex);
        var row = Assert.Single(await table.QueryListAsync(TableQuery.Partition("p")));
        Assert.Equal(-1, row.GetInt32("Value"));
    }

    [Fact]
    public async Task SubmitBatchAsync_DeleteOfMissingRow_FailsTheBatch()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();

        var ex = await Assert.ThrowsAsync<StorageException>(() =>
            table.SubmitBatchAsync([TableAction.Upsert(Row("p", "a")), TableAction.Delete("p", "missing")]));

        Assert.Equal(StorageErrorKind.BatchFailed, ex.Kind);
        Assert.Null(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task WriteAsync_SameRowTwice_LaterWriteWins()
    {
        var table = NewTable();

        await table.WriteAsync([TableAction.Upsert(Row("p", "a", 1)), TableAction.Upsert(Row("p", "b", 1)), TableAction.Upsert(Row("p", "a", 2))]);

        Assert.Equal(2, (await table.GetAsync("p", "a"))!.GetInt32("Value"));
    }

    [Fact]
    public async Task WriteAsync_DeleteOfMissingRow_ThrowsBatchFailed()
    {
        var table = NewTable();
        await table.UpsertAsync(Row("p", "a"));

        var ex = await Assert.ThrowsAsync<StorageException>(() =>
            table.WriteAsync([TableAction.Delete("p", "a"), TableAction.Delete("p", "missing")]));

        Assert.Equal(StorageErrorKind.BatchFailed, ex.Kind);
        Assert.NotNull(await table.GetAsync("p", "a"));
    }

    [Fact]
    public async Task SubmitBatchAsync_BrokenRules_ThrowsBeforeSending()
    {
        var table = NewTable();
        var tooMany = Enumerable.Range(0, 101).Select(i => TableAction.Upsert(Row("p", i.ToString()))).ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync(tooMany));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync([]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync([TableAction.Upsert(Row("p", "a")), TableAction.Upsert(Row("q", "a"))]));
        await Assert.ThrowsAsync<ArgumentException>(() => table.SubmitBatchAsync([TableAction.Upsert(Row("p", "a")), TableAction.Upsert(Row("p", "a"))]));
        Assert.Empty(await table.QueryListAsync(new TableQuery()));
    }

    [Fact]
    public async Task WriteAsync_ManyPartitionsOverAHundredEach_StoresEveryRow()
    {
        var table = NewTable();
        var actions = (from p in new[] { "x", "y", "z" }
                       from i in Enumerable.Range(0, 150)
                       select TableAction.Upsert(Row(p, i.ToString("D3"), i))).ToList();

        await table.WriteAsync(actions);

        var rows = await table.QueryListAsync(new TableQuery());
        Assert.Equal(450, rows.Count);
        Assert.Equal(150, rows.Count(r => r.PartitionKey == "y"));
    }

    [Fact]
    public async Task UpsertAsync_ConcurrentWritersOnDistinctRows_StoresEveryRow()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();

        await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => table.UpsertAsync(Row("p", i.ToString("D2"), i)))));

        var rows = await table.QueryListAsync(TableQuery.Partition("p"));
        Assert.Equal(Enumerable.Range(0, 64), rows.Select(r => r.GetInt32("Value")!.Value));
    }

    [Fact]
    public async Task UpsertAsync_ConcurrentWritersOnOneRow_LeavesOneWholeEntity()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();

        await Task.WhenAll(Enumerable.Range(0, 32).Select(i => Task.Run(() =>
            table.UpsertAsync(new TableEntity("p", "r") { ["A"] = i, ["B"] = i }))));

        var stored = await table.GetAsync("p", "r");
        Assert.Equal(stored!.GetInt32("A"), stored.GetInt32("B"));
    }

    [Fact]
    public async Task UpdateAsync_ConcurrentOptimisticWriters_ExactlyOneWinsPerETag()
    {
        var table = NewTable();
        var etag = await table.UpsertAsync(Row("p", "r", 0));

        var results = await Task.WhenAll(Enumerable.Range(1, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await table.UpdateAsync(Row("p", "r", i), etag);
                return true;
            }
            catch (StorageException ex) when (ex.Kind == StorageErrorKind.PreconditionFailed)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(won => won));
    }
}
