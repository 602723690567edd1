using Recaps.Core.Storage.Tables;

namespace Recaps.Functions.Tests.Handler;

/// <summary>Gives every table a prefix, so tests sharing one Azurite never see each other's rows.</summary>
internal sealed class PrefixedTables(ITableService inner, string prefix) : ITableService
{
    public string Location => inner.Location;

    public ITable GetTable(string name) => inner.GetTable(prefix + name);
}
