using Microsoft.Data.Sqlite;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

/// <summary>What only the embedded backend has to get right: its file, its limits, and its failures.</summary>
public sealed class SqliteTableServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Constructor_NewFolder_CreatesOneDatabaseFileInWalMode()
    {
        var data = Path.Combine(_folder.Path, "nested", ".data");
        var service = new SqliteTableService(data, TimeProvider.System);

        await service.GetTable("Moves").UpsertAsync(new TableEntity("p", "r"));

        Assert.Equal(Path.Combine(data, "recaps.db"), service.Location);
        await using var connection = new SqliteConnection($"Data Source={service.Location}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task WriteAsync_ActionFailsInTheLastTable_StoresNothingInAnyTable()
    {
        var service = new SqliteTableService(_folder.Path, TimeProvider.System);
        await service.GetTable("Second").AddAsync(new TableEntity("p", "taken") { ["Value"] = 1 });

        var ex = await Assert.ThrowsAsync<StorageException>(() => service.WriteAsync(
        [
            new TableWrite("First", TableAction.Upsert(new TableEntity("p", "a") { ["Value"] = 2 })),
            new TableWrite("Second", TableAction.Upsert(new TableEntity("p", "b") { ["Value"] = 3 })),
            new TableWrite("Second", TableAction.Add(new TableEntity("p", "taken") { ["Value"] = 4 })),
        ]));

        Assert.Equal(StorageErrorKind.BatchFailed, ex.Kind);
        Assert.Empty(await service.GetTable("First").QueryListAsync(TableQuery.Partition("p")));
        var second = Assert.Single(await service.GetTable("Second").QueryListAsync(TableQuery.Partition("p")));
        Assert.Equal(1, second.GetInt32("Value"));
    }

    [Fact]
    public async Task WriteAsync_SeveralTables_StoresEveryAction()
    {
        var service = new SqliteTableService(_folder.Path, TimeProvider.System);

        await service.WriteAsync(
        [
            new TableWrite("First", TableAction.Upsert(new TableEntity("p", "a"))),
            new TableWrite("Second", TableAction.Upsert(new TableEntity("q", "b"))),
            new TableWrite("First", TableAction.Upsert(new TableEntity("p", "c"))),
        ]);

        Assert.Equal(["a", "c"], (await service.GetTable("First").QueryListAsync(TableQuery.Partition("p"))).Select(e => e.RowKey));
        Assert.NotNull(await service.GetTable("Second").GetAsync("q", "b"));
    }

    [Fact]
    public async Task UpsertAsync_PropertyOver64KiB_IsRejectedAsAzureWould()
    {
        var table = new SqliteTableService(_folder.Path, TimeProvider.System).GetTable("Big");

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.UpsertAsync(new TableEntity("p", "r") { ["Text"] = new string('x', 40_000) }));

        Assert.Equal((StorageErrorKind.BadRequest, "PropertyValueTooLarge"), (ex.Kind, ex.ErrorCode));
        Assert.Null(await table.GetAsync("p", "r"));
    }

    [Fact]
    public async Task GetAsync_FileThatIsNotADatabase_ThrowsUnavailableNamingTheFile()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Path, SqliteTableService.FileName), new string('x', 8192));

        var ex = Assert.Throws<StorageException>(() => new SqliteTableService(_folder.Path, TimeProvider.System));

        Assert.Equal(StorageErrorKind.Unavailable, ex.Kind);
        Assert.Contains(SqliteTableService.FileName, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not a valid store", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_DataPathIsAFile_ThrowsUnavailable()
    {
        var file = Path.Combine(_folder.Path, "occupied");
        File.WriteAllText(file, "a file, not a folder");

        var ex = Assert.Throws<StorageException>(() => new SqliteTableService(file, TimeProvider.System));

        Assert.Equal(StorageErrorKind.Unavailable, ex.Kind);
    }

    [Fact]
    public async Task QueryAsync_WhileAnotherConnectionWrites_ReadsWithoutWaiting()
    {
        var service = new SqliteTableService(_folder.Path, TimeProvider.System);
        var table = service.GetTable("Busy");
        await table.WriteAsync([.. Enumerable.Range(0, 50).Select(i => TableAction.Upsert(new TableEntity("p", i.ToString("D3"))))]);
        await using var writer = new SqliteConnection($"Data Source={service.Location}");
        await writer.OpenAsync();
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync();
        await using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM \"Busy\"";
            await command.ExecuteNonQueryAsync();
        }

        var rows = await table.QueryListAsync(TableQuery.Partition("p"));

        // WAL: a reader sees the last commit, not the open transaction, and is not blocked by it.
        Assert.Equal(50, rows.Count);
    }

    [Fact]
    public async Task QueryPageAsync_ForeignContinuationToken_ThrowsArgumentException()
    {
        var table = new SqliteTableService(_folder.Path, TimeProvider.System).GetTable("Tokens");

        await Assert.ThrowsAsync<ArgumentException>(() => table.QueryPageAsync(new TableQuery(), "not-a-token!"));
    }
}
