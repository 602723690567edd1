using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Local;

/// <summary>
/// <c>recaps serve [--urls URLS] [--data DIR | --storage CONNECTION_STRING] [--inbox DIR] [--now ISO-8601]</c>
/// (and <c>recaps</c> with no arguments): the local run, until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public const string Name = "serve";

    public static Command Create(CliServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen, ';'-separated. Default: {ServeSettings.DefaultUrls}",
            HelpName = "URLS",
        };
        var inbox = new Option<string?>("--inbox")
        {
            Description = $"The folder to watch for recaps (embedded store only). Default: {ServeSettings.DefaultInbox}",
            HelpName = "DIR",
        };
        var now = TimestampOption.Create("--now",
            "Start the timers' clock at this instant (it runs on from there), to watch a schedule fire. Default: the clock.");
        var store = new StoreOptions();
        var command = new Command(Name, "Run the app locally: the handler's HTTP endpoints, an inbox folder (or the recaps container) and the timers, until Ctrl+C.")
        {
            urls, inbox, now,
        };
        store.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(inbox) is not null && result.GetResult(store.Storage) is not null)
            {
                result.AddError("--inbox watches a folder for the embedded store; with --storage, upload recaps to the recaps container");
            }
        });

        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = new ServeSettings
            {
                Time = services.Time,
                TimerClock = result.GetValue(now) is { } start ? new ShiftedClock(services.Time, start) : null,
                Urls = result.GetValue(urls) ?? ServeSettings.DefaultUrls,
                DataFolder = result.GetValue(store.Data),
                Storage = result.GetValue(store.Storage),
                InboxFolder = result.GetValue(inbox) ?? ServeSettings.DefaultInbox,
                Logging = Console,
            };
            try
            {
                var run = await LocalRun.StartAsync(settings, result.InvocationConfiguration.Output, cancellationToken).ConfigureAwait(false);
                await using (run.ConfigureAwait(false))
                {
                    await run.WaitForShutdownAsync().ConfigureAwait(false);
                }
                return ExitCodes.Success;
            }
            catch (LocalRunException ex)
            {
                await result.InvocationConfiguration.Error.WriteLineAsync($"recaps serve: {ex.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    // Problems on stderr, one line each; Logging__LogLevel__Default=Information (or __Recaps=...) shows more.
    private static void Console(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start, or a storage call retried, ends in one line of ours; the stack trace and each retry are noise there.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        logging.AddFilter("Recaps.Core.Storage", LogLevel.Error);
        logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "HH:mm:ss'Z' ";
        });
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
