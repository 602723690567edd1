using Microsoft.Extensions.Logging;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// The store the handler works on, from the app settings the host passes as environment variables:
/// <c>AzureWebJobsStorage</c> (a connection string) or <c>AzureWebJobsStorage__accountName</c>/<c>__credential</c>/
/// <c>__clientId</c>... (identity), as the Functions host itself reads them; the embedded SQLite store in the
/// data folder only when none is set. Nothing is contacted here (see <see cref="RecapPipeline"/>).
/// </summary>
internal static class HandlerStore
{
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>Throws <see cref="FormatException"/>, naming the setting, when the storage settings are malformed.</summary>
    public static OpenedStore Open(Func<string, string?> settings, string dataFolder, TimeProvider time, ILoggerFactory logging)
    {
        StorageAccount? account;
        try
        {
            account = StorageAccount.FromSettings(settings, StorageSetting);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{StorageSetting}: {ex.Message}", ex);
        }
        if (account is null)
        {
            var local = new SqliteTableService(dataFolder, time);
            return new OpenedStore(local, new SessionStore(local), null);
        }
        // The pipeline's patient retries (5, from 0.8 s to 30 s): the host retries a failed invocation too, but a
        // blob's retries are few before it is poisoned.
        var options = new StorageClientOptions { TimeProvider = time, LoggerFactory = logging };
        var tables = new AzureTableService(account, options);
        return new OpenedStore(tables, new SessionStore(tables), name => new AzureBlobContainer(account, name, options));
    }
}
