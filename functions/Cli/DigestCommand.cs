using System.CommandLine;
using System.Globalization;
using Recaps.Core.Digest;

namespace Recaps.Functions.Cli;

/// <summary>
/// <c>recaps digest [--date yyyy-MM-dd] [--data DIR | --storage CONNECTION_STRING]</c>: print the digest the
/// daily timer would send: the latest session (or the latest on or before the date) of every market.
/// </summary>
internal static class DigestCommand
{
    public const string NoSessions = "No sessions stored yet: ingest recaps first (recaps ingest PATH...).";

    public static Command Create(CliServices services)
    {
        var date = new Option<DateOnly?>("--date")
        {
            Description = "The session date to digest; a date without a session gives the latest before it. Default: the latest session.",
            HelpName = "yyyy-MM-dd",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
                {
                    return value;
                }
                result.AddError($"--date: '{text}' is not a date as yyyy-MM-dd, e.g. 2025-05-21");
                return null;
            },
        };
        var store = new StoreOptions();
        var command = new Command("digest", "Print the daily digest: index closes, biggest movers, sector moves and reasons of the latest session.") { date };
        store.AddTo(command);

        command.SetAction((result, cancellationToken) => store.RunAsync(result, services, async opened =>
        {
            var digest = await new DigestComposer(opened.Sessions).ComposeAsync(result.GetValue(date), cancellationToken).ConfigureAwait(false);
            await result.InvocationConfiguration.Output.WriteLineAsync(digest is null ? NoSessions : DigestText.Render(digest)).ConfigureAwait(false);
            return ExitCodes.Success;
        }, onStorageFailure: null, cancellationToken));
        return command;
    }
}
