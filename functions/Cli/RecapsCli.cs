using System.CommandLine;
using System.CommandLine.Invocation;
using Recaps.Functions.Local;

namespace Recaps.Functions.Cli;

/// <summary>
/// The <c>recaps</c> command line. Every command is a <see cref="Command"/> built from
/// <see cref="CliServices"/>; adding one (serve, ask, digest) is one line here.
/// </summary>
internal static class RecapsCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, bool interactive = false)
    {
        var services = new CliServices(time) { Interactive = interactive };
        var root = new RootCommand("Market Recaps: parse market recap articles into sessions of index, stock, sector and commodity moves.")
        {
            ParseCommand.Create(services),
            IngestCommand.Create(services),
            AskCommand.Create(services),
            DigestCommand.Create(services),
            ServeCommand.Create(services),
            Handler.HandlerCommand.Create(services),
        };

        var parsed = root.Parse(WithDefaultCommand(args));
        if (parsed.Action is ParseErrorAction && parsed.Errors.Count > 0)
        {
            // Bad input is one line and exit 2, not the library's error-plus-help page.
            error.WriteLine($"recaps: {Reason(parsed)} (see '{HelpFor(parsed)}')");
            return Task.FromResult(ExitCodes.BadInput);
        }
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.CommandResult.Command.Name == ServeCommand.Name)
        {
            // The web host handles Ctrl+C itself and lets the ingest under way finish; no 2-second cut-off.
            configuration.ProcessTerminationTimeout = null;
        }
        return parsed.InvokeAsync(configuration);
    }

    /// <summary>
    /// Options without a command are the local run's: <c>recaps --urls http://127.0.0.1:8080</c> is
    /// <c>recaps serve --urls ...</c>; help and version stay the root's. (No arguments at all is mapped to serve
    /// by Program.cs, the executable's entry, so that callers of this method are told a command is missing.)
    /// </summary>
    public static string[] WithDefaultCommand(string[] args) =>
        args.Length > 0 && args[0].StartsWith('-') && args[0] is not ("-h" or "-?" or "--help" or "--version")
            ? [ServeCommand.Name, .. args]
            : args;

    private static string HelpFor(ParseResult parsed) =>
        parsed.CommandResult.Command is RootCommand ? "recaps --help" : $"recaps {parsed.CommandResult.Command.Name} --help";

    // An unknown word is the likeliest mistake, and it also makes the library report "required command
    // not provided" first; name the word instead.
    private static string Reason(ParseResult parsed) => parsed.UnmatchedTokens.Count > 0
        ? $"unknown command or argument '{parsed.UnmatchedTokens[0]}'"
        : parsed.Errors[0].Message.ReplaceLineEndings(" ").Trim();
}
