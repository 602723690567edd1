using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Blobs;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Functions.Cli;

/// <summary>
/// The store a command opened, and with <c>--storage</c> the blob containers of the same account
/// (<see cref="Container"/> opens one by name; uploads go to <see cref="StoreOptions.RecapsContainer"/>).
/// </summary>
internal sealed class OpenedStore(ITableService tables, SessionStore sessions, Func<string, IBlobContainer>? container) : IDisposable
{
    /// <summary>The tables under the session store, for what keeps its own (the digest log).</summary>
    public ITableService Tables { get; } = tables;

    public SessionStore Sessions { get; } = sessions;

    /// <summary>Null on the embedded store, which has no blob storage.</summary>
    public Func<string, IBlobContainer>? Container { get; } = container;

    /// <summary>
    /// The clients of a storage account (tables and blob containers), or the embedded SQLite store in
    /// <paramref name="dataFolder"/> when <paramref name="account"/> is null. Nothing is contacted yet.
    /// </summary>
    public static OpenedStore Create(StorageAccount? account, string dataFolder, TimeProvider time, StorageClientOptions options)
    {
        if (account is null)
        {
            var local = new SqliteTableService(dataFolder, time);
            return new OpenedStore(local, new SessionStore(local), null);
        }
        var tables = new AzureTableService(account, options);
        return new OpenedStore(tables, new SessionStore(tables), name => new AzureBlobContainer(account, name, options));
    }

    public void Dispose() => Sessions.Dispose();
}
