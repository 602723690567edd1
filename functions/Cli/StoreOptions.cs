using System.CommandLine;
using Azure.Core;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>--data DIR</c> (the embedded store, default <c>.data</c>) or <c>--storage CONNECTION_STRING</c> (Azure
/// Table and Blob storage, or Azurite with <c>UseDevelopmentStorage=true</c>): every command that touches the
/// store takes them.
/// </summary>
internal sealed class StoreOptions
{
    public const string DefaultDataFolder = ".data";

    /// <summary>The container the pipeline watches; uploads go here.</summary>
    public const string RecapsContainer = "recaps";

    public Option<string?> Data { get; } = new("--data")
    {
        Description = $"Folder of the embedded store (a SQLite file). Default: {DefaultDataFolder}",
        HelpName = "DIR",
    };

    public Option<string?> Storage { get; } = new("--storage")
    {
        Description = "Azure Storage connection string (tables and blobs), e.g. UseDevelopmentStorage=true for Azurite, or AccountName=NAME to sign in with Entra ID.",
        HelpName = "CONNECTION_STRING",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Storage);
        command.Validators.Add(result =>
        {
            if (result.GetResult(Data) is not null && result.GetResult(Storage) is not null)
            {
                result.AddError("use --data or --storage, not both");
            }
        });
    }

    /// <summary>
    /// Opens the store the options name and creates its tables, so bad credentials or an unreachable endpoint
    /// fail here. Throws <see cref="StorageException"/>, or <see cref="FormatException"/> for a malformed
    /// connection string (its message never includes a key).
    /// </summary>
    public async Task<OpenedStore> OpenAsync(ParseResult result, CliServices services, CancellationToken cancellationToken)
    {
        var connection = result.GetValue(Storage);
        var opened = OpenedStore.Create(
            connection is null ? null : StorageAccount.Parse(connection), result.GetValue(Data) ?? DefaultDataFolder, services.Time, ClientOptions(services));
        try
        {
            await opened.Sessions.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return opened;
        }
        catch
        {
            opened.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the store, runs <paramref name="work"/> on it and returns its exit code; a malformed
    /// <c>--storage</c> or a storage failure (bad credentials, unreachable endpoint, a data folder that cannot be
    /// made) is one line on stderr, <c>recaps COMMAND: ...</c>, and exit 2. <paramref name="onStorageFailure"/>
    /// runs before that line, to report what was done until then.
    /// </summary>
    public async Task<int> RunAsync(
        ParseResult result, CliServices services, Func<OpenedStore, Task<int>> work, Func<Task>? onStorageFailure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(work);
        var error = result.InvocationConfiguration.Error;
        var command = $"recaps {result.CommandResult.Command.Name}";
        try
        {
            OpenedStore opened;
            try
            {
                opened = await OpenAsync(result, services, cancellationToken).ConfigureAwait(false);
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"{command}: --storage: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            using (opened)
            {
                return await work(opened).ConfigureAwait(false);
            }
        }
        catch (StorageException ex)
        {
            if (onStorageFailure is not null)
            {
                await onStorageFailure().ConfigureAwait(false);
            }
            await error.WriteLineAsync($"{command}: storage failed: {ex.Message.ReplaceLineEndings(" ")}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
    }

    // A person is waiting: retry briefly (about 4 s in all) rather than the pipeline's patient defaults.
    private static StorageClientOptions ClientOptions(CliServices services)
    {
        var options = new StorageClientOptions { TimeProvider = services.Time, LoggerFactory = services.Logging };
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromSeconds(0.5);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(30);
        return options;
    }
}
