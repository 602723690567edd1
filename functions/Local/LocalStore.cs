using Microsoft.Extensions.Logging;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Local;

/// <summary>
/// The store the local run works on: <c>--storage</c>, else AzureWebJobsStorage (read as the Functions host reads
/// it) unless <c>--data</c> was given, else the embedded SQLite store in <c>.data</c>.
/// </summary>
internal static class LocalStore
{
    /// <summary>The storage account to use; null for the embedded store.</summary>
    public static StorageAccount? ChooseAccount(ServeSettings settings, Func<string, string?> setting)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            if (settings.Storage is { } connection)
            {
                return StorageAccount.Parse(connection);
            }
        }
        catch (FormatException ex)
        {
            throw new LocalRunException($"--storage: {ex.Message}", ex);
        }
        try
        {
            // Read as the handler reads it in Azure; its message already names the setting.
            return settings.DataFolder is null ? HandlerStore.Account(setting) : null;
        }
        catch (FormatException ex)
        {
            throw new LocalRunException(ex.Message, ex);
        }
    }

    /// <summary>Opens the store and creates its tables (and the recaps container), so a bad credential fails at start-up.</summary>
    public static async Task<OpenedStore> OpenAsync(StorageAccount? account, ServeSettings settings, ILoggerFactory logging, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        OpenedStore? opened = null;
        try
        {
            var options = new StorageClientOptions { TimeProvider = settings.Time, LoggerFactory = logging };
            // A person is watching the start-up, and a failed poll is tried again seconds later anyway.
            options.Retry.MaxRetries = 3;
            options.Retry.Delay = TimeSpan.FromSeconds(0.5);
            options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
            opened = OpenedStore.Create(account, settings.DataFolder ?? StoreOptions.DefaultDataFolder, settings.Time, options);
            await opened.Sessions.InitializeAsync(cancellationToken).ConfigureAwait(false);
            if (opened.Container is { } container)
            {
                await container(StoreOptions.RecapsContainer).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            }
            return opened;
        }
        catch (StorageException ex)
        {
            opened?.Dispose();
            throw new LocalRunException($"storage failed: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }
    }
}
