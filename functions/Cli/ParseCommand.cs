using System.CommandLine;
using Recaps.Core.Parsing;
using Recaps.Core.Serialization;

namespace Recaps.Functions.Cli;

/// <summary><c>recaps parse FILE [--received ISO-8601] [--json]</c>: print the session one recap reports.</summary>
internal static class ParseCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<FileInfo>("file") { Description = "The recap article: a UTF-8 text file of at most 64 MB." };
        var received = TimestampOption.Create("--received",
            "When the article arrived; dates weekday-only and undated recaps. Default: now.");
        var json = new Option<bool>("--json") { Description = "Print the session as JSON (shared/corpus/SCHEMA.md)." };

        var command = new Command("parse", "Parse a recap file and print the market session it reports.") { file, received, json };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            if (!RecapFile.TryRead(result.GetRequiredValue(file), out var text, out var error))
            {
                result.InvocationConfiguration.Error.WriteLine($"recaps parse: {error}");
                return ExitCodes.BadInput;
            }
            var parsed = new RecapParser().Parse(text, result.GetValue(received) ?? services.Time.GetUtcNow());
            if (result.GetValue(json))
            {
                output.WriteLine(SessionJson.Serialize(parsed));
            }
            else
            {
                SessionText.Write(output, parsed);
            }
            // No moves is an answer about the article, not a failure of the command.
            return ExitCodes.Success;
        });
        return command;
    }
}
