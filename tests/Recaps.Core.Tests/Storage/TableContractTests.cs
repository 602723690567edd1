using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

/// <summary>
/// What every table backend must do, asserted identically for each: a subclass only says how to get a
/// service. Each test works in a table of its own.
/// </summary>
public abstract partial class TableContractTests
{
    protected abstract ITableService Service { get; }

    protected ITable NewTable() => Service.GetTable("t" + Guid.NewGuid().ToString("N")[..16]);

    protected static TableEntity Row(string partitionKey, string rowKey, int value = 0) =>
        new(partitionKey, rowKey) { ["Value"] = value };

    [Fact]
    public async Task UpsertAsync_EveryPropertyType_RoundTripsWithItsType()
    {
        var table = NewTable();
        var when = new DateTimeOffset(2025, 5, 21, 16, 10, 0, TimeSpan.FromHours(8)).AddTicks(1234567);
        var id = Guid.NewGuid();
        var entity = new TableEntity("p", "r")
        {
            ["Text"] = "Hang Seng 恒生 — 23,827.79",
            ["Flag"] = true,
            ["Small"] = 42,
            ["Big"] = 9_007_199_254_740_993L,
            ["SmallLong"] = 7L,
            ["Whole"] = 3.0,
            ["Fraction"] = 0.1,
            ["Negative"] = -0.76,
            ["When"] = when,
            ["Id"] = id,
            ["Bytes"] = new byte[] { 0, 1, 2, 255 },
        };

        await table.UpsertAsync(entity);
        var stored = await table.GetAsync("p", "r");

        Assert.NotNull(stored);
        Assert.Equal("Hang Seng 恒生 — 23,827.79", stored.GetString("Text"));
        Assert.Equal(true, stored.GetBoolean("Flag"));
        Assert.IsType<int>(stored["Small"]);
        Assert.Equal(42, stored.GetInt32("Small"));
        Assert.IsType<long>(stored["Big"]);
        Assert.Equal(9_007_199_254_740_993L, stored.GetInt64("Big"));
        Assert.IsType<long>(stored["SmallLong"]);
        Assert.IsType<double>(stored["Whole"]);
        Assert.Equal(3.0, stored.GetDouble("Whole"));
        Assert.Equal(0.1, stored.GetDouble("Fraction"));
        Assert.Equal(-0.76, stored.GetDouble("Negative"));
        Assert.Equal(when, stored.GetDateTimeOffset("When"));
        Assert.Equal(TimeSpan.Zero, stored.GetDateTimeOffset("When")!.Value.Offset);
        Assert.Equal(id, stored.GetGuid("Id"));
        Assert.Equal(new byte[] { 0, 1, 2, 255 }, stored.GetBinary("Bytes"));
        Assert.False(string.IsNullOrEmpty(stored.ETag));
        Assert.NotNull(stored.Timestamp);
    }

    [Fact]
    public async Task GetAsync_MissingRowOrNewTable_ReturnsNull()
    {
        var table = NewTable();

        Assert.Null(await table.GetAsync("p", "r"));
        await table.UpsertAsync(Row("p", "r"));
        Assert.Null(await table.GetAsync("p", "other"));
    }

    [Fact]
    public async Task UpsertAsync_Replace_DropsPropertiesTheNewEntityLacks()
    {
        var table = NewTable();
        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a2" });

        var stored = await table.GetAsync("p", "r");
        Assert.Equal("a2", stored!.GetString("A"));
        Assert.Null(stored["B"]);
    }

    [Fact]
    public async Task UpsertAsync_Merge_KeepsPropertiesTheNewEntityLacks()
    {
        var table = NewTable();
        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a", ["B"] = "b" });

        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a2" }, TableUpdateMode.Merge);

        var stored = await table.GetAsync("p", "r");
        Assert.Equal("a2", stored!.GetString("A"));
        Assert.Equal("b", stored.GetString("B"));
    }

    [Fact]
    public async Task UpsertAsync_Merge_CreatesMissingEntity()
    {
        var table = NewTable();

        await table.UpsertAsync(new TableEntity("p", "r") { ["A"] = "a" }, TableUpdateMode.Merge);

        Assert.Equal("a", (await table.GetAsync("p", "r"))!.GetString("A"));
    }

    [Fact]
    public async Task AddAsync_ExistingKeys_ThrowsConflictAndKeepsStoredEntity()
    {
        var table = NewTable();
        await table.AddAsync(Row("p", "r", 1));

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.AddAsync(Row("p", "r", 2)));

        Assert.Equal(StorageErrorKind.Conflict, ex.Kind);
        Assert.Equal(1, (await table.GetAsync("p", "r"))!.GetInt32("Value"));
    }

    [Fact]
    public async Task UpdateAsync_CurrentETag_ReplacesAndReturnsNewETag()
    {
        var table = NewTable();
        var first = await table.UpsertAsync(Row("p", "r", 1));

        var second = await table.UpdateAsync(Row("p", "r", 2), first);

        Assert.NotEqual(first, second);
        var stored = await table.GetAsync("p", "r");
        Assert.Equal(2, stored!.GetInt32("Value"));
        Assert.Equal(second, stored.ETag);
    }

    [Fact]
    public async Task UpdateAsync_StaleETag_ThrowsPreconditionFailedAndKeepsNewerEntity()
    {
        var table = NewTable();
        var stale = await table.UpsertAsync(Row("p", "r", 1));
        await table.UpsertAsync(Row("p", "r", 2));

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.UpdateAsync(Row("p", "r", 3), stale));

        Assert.Equal(StorageErrorKind.PreconditionFailed, ex.Kind);
        Assert.Equal(2, (await table.GetAsync("p", "r"))!.GetInt32("Value"));
    }

    [Fact]
    public async Task UpdateAsync_MissingEntity_ThrowsNotFound()
    {
        var table = NewTable();
        await table.CreateIfNotExistsAsync();

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.UpdateAsync(Row("p", "r"), "*"));

        Assert.Equal(StorageErrorKind.NotFound, ex.Kind);
    }

    [Fact]
    public async Task DeleteAsync_ExistingThenMissing_ReturnsTrueThenFalse()
    {
        var table = NewTable();
        await table.UpsertAsync(Row("p", "r"));

        Assert.True(await table.DeleteAsync("p", "r"));
        Assert.False(await table.DeleteAsync("p", "r"));
        Assert.Null(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task DeleteAsync_StaleETag_ThrowsPreconditionFailedAndKeepsEntity()
    {
        var table = NewTable();
        var stale = await table.UpsertAsync(Row("p", "r", 1));
        await table.UpsertAsync(Row("p", "r", 2));

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.DeleteAsync("p", "r", stale));

        Assert.Equal(StorageErrorKind.PreconditionFailed, ex.Kind);
        Assert.NotNull(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task CreateIfNotExistsAsync_Twice_Succeeds()
    {
        var table = NewTable();

        await table.CreateIfNotExistsAsync();
        await table.CreateIfNotExistsAsync();

        Assert.Empty(await table.QueryListAsync(new TableQuery()));
    }
}
