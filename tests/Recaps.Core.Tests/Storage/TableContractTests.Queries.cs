using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

public abstract partial class TableContractTests
{
    [Fact]
    public async Task QueryAsync_Partition_ReturnsOnlyItsRowsInRowKeyOrder()
    {
        var table = NewTable();
        await table.WriteAsync([
            TableAction.Upsert(Row("b", "2")), TableAction.Upsert(Row("a", "1")), TableAction.Upsert(Row("b", "10")),
            TableAction.Upsert(Row("b", "1")), TableAction.Upsert(Row("c", "1")),
        ]);

        var rows = await table.QueryListAsync(TableQuery.Partition("b"));

        Assert.Equal(["1", "10", "2"], rows.Select(r => r.RowKey));
        Assert.All(rows, r => Assert.Equal("b", r.PartitionKey));
    }

    [Fact]
    public async Task QueryAsync_NoPartition_ReturnsEveryRowInKeyOrder()
    {
        var table = NewTable();
        await table.WriteAsync([TableAction.Upsert(Row("b", "1")), TableAction.Upsert(Row("a", "2")), TableAction.Upsert(Row("a", "1"))]);

        var rows = await table.QueryListAsync(new TableQuery());

        Assert.Equal(["a/1", "a/2", "b/1"], rows.Select(r => r.PartitionKey + "/" + r.RowKey));
    }

    [Fact]
    public async Task QueryAsync_RowKeyRange_IncludesFromAndExcludesBefore()
    {
        var table = NewTable();
        await table.WriteAsync([.. "abcdef".Select(c => TableAction.Upsert(Row("p", c.ToString())))]);

        var rows = await table.QueryListAsync(new TableQuery { PartitionKey = "p", RowKeyFrom = "b", RowKeyBefore = "e" });

        Assert.Equal(["b", "c", "d"], rows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task QueryAsync_Prefix_ReturnsRowsStartingWithIt()
    {
        var table = NewTable();
        await table.WriteAsync([.. new[] { "79749478_a_1", "79749478_b_1", "79749479_a_1", "7974947" }.Select(k => TableAction.Upsert(Row("p", k)))]);

        var rows = await table.QueryListAsync(TableQuery.Prefix("p", "79749478_"));

        Assert.Equal(["79749478_a_1", "79749478_b_1"], rows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task QueryAsync_OverAThousandRows_FollowsContinuationsToEveryRow()
    {
        var table = NewTable();
        var keys = Enumerable.Range(0, 1_234).Select(i => i.ToString("D5")).ToList();
        await table.WriteAsync([.. keys.Select(k => TableAction.Upsert(Row("p", k)))]);

        var first = await table.QueryPageAsync(TableQuery.Partition("p"));
        var rows = await table.QueryListAsync(TableQuery.Partition("p"));

        Assert.InRange(first.Entities.Count, 1, 1000);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(keys, rows.Select(r => r.RowKey));
    }

    [Fact]
    public async Task QueryAsync_TakeAcrossPages_StopsAtTake()
    {
        var table = NewTable();
        await table.WriteAsync([.. Enumerable.Range(0, 1_100).Select(i => TableAction.Upsert(Row("p", i.ToString("D5"))))]);

        var rows = await table.QueryListAsync(TableQuery.Partition("p") with { Take = 1_050 });
        var few = await table.QueryListAsync(TableQuery.Partition("p") with { Take = 3 });

        Assert.Equal(1_050, rows.Count);
        Assert.Equal("01049", rows[^1].RowKey);
        Assert.Equal(["00000", "00001", "00002"], few.Select(r => r.RowKey));
    }

    [Fact]
    public async Task QueryPageAsync_Take_GivesAtMostTakeRows()
    {
        var table = NewTable();
        await table.WriteAsync([.. Enumerable.Range(0, 5).Select(i => TableAction.Upsert(Row("p", i.ToString())))]);

        var page = await table.QueryPageAsync(TableQuery.Partition("p") with { Take = 2 });

        Assert.Equal(["0", "1"], page.Entities.Select(r => r.RowKey));
    }

    [Theory]
    [InlineData("O'Brien's \"quoted\" key")]
    [InlineData(" leading, double  spaces and trailing ")]
    [InlineData("恒生指数 Hang Seng")]
    [InlineData("é ü ß 🚀 emoji")]
    [InlineData("100% & a+b=c; x,y (z) [q] {w} ~ ` ! @ $ ^ * | < >")]
    [InlineData("'")]
    [InlineData("''")]
    [InlineData("PartitionKey eq 'x' or true")]
    public async Task UpsertAsync_AwkwardKeys_RoundTripThroughGetAndQuery(string key)
    {
        var table = NewTable();
        await table.UpsertAsync(Row(key, key, 7));
        await table.UpsertAsync(Row(key + "x", key, 8));

        var got = await table.GetAsync(key, key);
        var rows = await table.QueryListAsync(TableQuery.Partition(key));

        Assert.Equal(7, got!.GetInt32("Value"));
        var row = Assert.Single(rows);
        Assert.Equal(key, row.PartitionKey);
        Assert.Equal(key, row.RowKey);
        Assert.True(await table.DeleteAsync(key, key));
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\u0001b")]
    [InlineData("a\u007Fb")]
    public void TableEntity_ForbiddenKeyCharacter_IsRejectedBeforeAnyCall(string key)
    {
        Assert.Throws<ArgumentException>(() => Row(key, "r"));
        Assert.Throws<ArgumentException>(() => Row("p", key));
    }

    [Theory]
    [InlineData("a/b\\c#d?e")]
    [InlineData("100%")]
    [InlineData("line\nbreak")]
    public async Task UpsertAsync_EscapedForbiddenKey_RoundTrips(string text)
    {
        var table = NewTable();
        var key = TableKeys.Escape(text);

        await table.UpsertAsync(Row(key, key));

        Assert.NotNull(await table.GetAsync(key, key));
    }
}
