using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

/// <summary>Gives every table a prefix, so tests sharing one storage account (Azurite) never see each other's rows.</summary>
internal sealed class PrefixedTableService(ITableService inner, string prefix) : ITableService
{
    public string Location => inner.Location;

    public ITable GetTable(string name) => inner.GetTable(prefix + name);
}
