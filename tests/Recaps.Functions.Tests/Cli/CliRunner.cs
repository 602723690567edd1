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
        // Off the test's synchronization context, as the real process runs it.
        var exitCode = Task.Run(() => RecapsCli.RunAsync(args, output, error, time)).GetAwaiter().GetResult();
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }
}
