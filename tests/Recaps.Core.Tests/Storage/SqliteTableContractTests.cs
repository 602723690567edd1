using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

/// <summary>The table contract on the embedded SQLite store, one fresh data folder per test.</summary>
public sealed class SqliteTableContractTests : TableContractTests, IDisposable
{
    private readonly TempFolder _folder = new();

    public SqliteTableContractTests()
    {
        Service = new SqliteTableService(_folder.Path, TimeProvider.System);
    }

    protected override ITableService Service { get; }

    public void Dispose() => _folder.Dispose();
}
