using System.CommandLine;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>--data DIR</c> (the embedded store, default <c>.data</c>) and <c>--storage CONNECTION_STRING</c> (Azure
/// Table and Blob storage, or Azurite): every command that touches the store takes them.
/// </summary>
internal sealed class StoreOptions
{
    public const string DefaultDataFolder = ".data";

    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder of the embedded store (a SQLite file).",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultDataFolder,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
    }

    /// <summary>The store the options name. Throws <see cref="Core.Storage.StorageException"/> when it cannot be opened.</summary>
    public async Task<SessionStore> OpenAsync(ParseResult result, CliServices services, CancellationToken cancellationToken)
    {
        var tables = new SqliteTableService(result.GetValue(Data) ?? DefaultDataFolder, services.Time);
        var store = new SessionStore(tables);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }
}
