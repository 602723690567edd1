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
        Assert.Contains("frobnicate", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ListsParseCommand()
    {
        var run = CliRunner.Run("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("parse <file>", run.Output, StringComparison.Ordinal);
    }
}
