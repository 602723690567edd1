using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Tests.Conversations;

/// <summary>Working tables, except one that fails (as <see cref="FailingTableService"/> does) while <see cref="Failing"/> is set.</summary>
internal sealed class SwitchedTableService(ITableService inner, string failingTable) : ITableService
{
    private readonly FailingTableService _failing = new();

    public bool Failing { get; set; } = true;

    public string Location => inner.Location;

    public ITable GetTable(string name) =>
        Failing && string.Equals(name, failingTable, StringComparison.OrdinalIgnoreCase) ? _failing.GetTable(name) : inner.GetTable(name);
}
