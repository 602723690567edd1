using Recaps.Functions.Cli;

namespace Recaps.Functions.Tests.Cli;

/// <summary>Runs the command line in-process, capturing what it prints.</summary>
internal static class CliRunner
{
    public static readonly DateTimeOffset DefaultNow = new(2024, 2, 29, 4, 0, 0, TimeSpan.Zero);

    public static CliRun Run(params string[] args) => Run(new FakeTimeProvider(DefaultNow), args);

    public static CliRun Run(TimeProvider time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = RecapsCli.Run(args, output, error, time);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
