using Microsoft.Extensions.Logging;
using Recaps.Core.Storage.Azure;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// The store the handler works on, from the app settings the host passes as environment variables:
/// <c>AzureWebJobsStorage</c> (a connection string) or <c>AzureWebJobsStorage__accountName</c>/<c>__credential</c>/
/// <c>__clientId</c>... (identity), as the Functions host itself reads them; the embedded SQLite store in the
/// data folder only when none is set.
/// </summary>
internal static class HandlerStore
{
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>
    /// The configured account, or null for the embedded store. Throws <see cref="FormatException"/>, naming the
    /// setting, when the storage settings are malformed: checked at start-up, before the host sends anything.
    /// </summary>
    public static StorageAccount? Account(Func<string, string?> settings)
    {
        try
        {
            return StorageAccount.FromSettings(settings, StorageSetting);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"{StorageSetting}: {ex.Message}", ex);
        }
    }

    /// <summary>Opens the clients (or the SQLite file) on first use; nothing is contacted here (see <see cref="RecapPipeline"/>).</summary>
    public static OpenedStore Open(StorageAccount? account, string dataFolder, TimeProvider time, ILoggerFactory logging)
    {
        // The pipeline's patient retries (5, from 0.8 s to 30 s): the host retries a failed invocation too, but a
        // blob's retries are few before it is poisoned.
        return OpenedStore.Create(account, dataFolder, time, new StorageClientOptions { TimeProvider = time, LoggerFactory = logging });
    }
}
