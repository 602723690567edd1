namespace Recaps.Functions.Tests.Cli;

public sealed class RecapsCliTests
{
    [Fact]
    public void Run_NoCommand_ExitsTwoWithOneLineReason()
    {
        var run = CliRunner.Run();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("recaps --help", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownCommand_ExitsTwoWithOneLineReason()
    {
        var run = CliRunner.Run("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("recaps: unknown command or argument 'frobnicate' (see 'recaps --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Run_UnknownOption_ExitsTwoNamingIt()
    {
        var run = CliRunner.Run("parse", RepoPaths.Sample("seed-2025-05-21.txt"), "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("recaps: unknown command or argument '--bogus' (see 'recaps parse --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Run_Help_ListsParseCommand()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("parse <file>", run.Output, StringComparison.Ordinal);
    }
}
