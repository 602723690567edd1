using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Recaps.Core.Storage.Azure;
using Recaps.Functions.Bot;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// <c>recaps handler [--data DIR]</c>: the Azure Functions custom handler. The host starts it (host.json:
/// <c>recaps handler</c>) with <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> and the app settings in the environment, waits for
/// <c>GET /</c> to answer, then POSTs each invocation. Runs until the host stops it.
/// </summary>
internal static class HandlerCommand
{
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static Command Create(CliServices services, Func<string, string?>? settings = null)
    {
        var data = new Option<string?>("--data")
        {
            Description = $"Folder of the embedded store, used only when no {HandlerStore.StorageSetting} setting is set. Default: {StoreOptions.DefaultDataFolder}",
            HelpName = "DIR",
        };
        var command = new Command("handler", $"Serve the functions to the Azure Functions host (custom handler; the host starts it with {PortSetting} set).") { data };
        command.SetAction(async (result, cancellationToken) =>
        {
            var error = result.InvocationConfiguration.Error;
            var setting = settings ?? Environment.GetEnvironmentVariable;
            var portText = setting(PortSetting);
            if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                await error.WriteLineAsync($"recaps handler: {PortSetting} must be a port number (1-65535), not '{portText}'; the Functions host sets it.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            StorageAccount? account;
            BotConfiguration bot;
            try
            {
                // Fail fast on malformed settings, naming them; storage itself is contacted on the first invocation.
                account = HandlerStore.Account(setting);
                bot = BotConfiguration.Read(setting);
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"recaps handler: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
            var folder = result.GetValue(data) ?? StoreOptions.DefaultDataFolder;
            var builder = HandlerApp.CreateBuilder(port, services.Time, provider =>
                HandlerStore.Open(account, folder, services.Time, provider.GetRequiredService<ILoggerFactory>()), bot);
            await using var app = HandlerApp.Build(builder);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
