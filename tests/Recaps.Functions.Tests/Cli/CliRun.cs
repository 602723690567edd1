namespace Recaps.Functions.Tests.Cli;

/// <summary>What one in-process run of the command line returned and printed.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
