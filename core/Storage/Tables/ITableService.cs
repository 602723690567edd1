namespace Recaps.Core.Storage.Tables;

/// <summary>The tables of one storage account (or one embedded database).</summary>
public interface ITableService
{
    /// <summary>Where the tables live, for messages: a file path or an endpoint, never a secret.</summary>
    string Location { get; }

    /// <summary>A table by name: 3-63 letters and digits, starting with a letter.</summary>
    ITable GetTable(string name);
}
