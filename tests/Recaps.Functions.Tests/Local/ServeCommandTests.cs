using Recaps.Functions.Cli;
using Recaps.Functions.Tests.Cli;

namespace Recaps.Functions.Tests.Local;

/// <summary><c>recaps serve</c>'s options, and the problems it reports before starting anything.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Run_ServeHelp_ListsItsOptions()
    {
        var run = CliRunner.Run("serve", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(new[] { "--urls", "--data", "--storage", "--inbox", "--now" }, option => Assert.Contains(option, run.Output, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_ServeWithDataAndStorage_ExitsTwoWithOneLine()
    {
        var run = CliRunner.Run("serve", "--data", "x", "--storage", "UseDevelopmentStorage=true");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("use --data or --storage, not both", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ServeInboxWithStorage_ExitsTwoSayingWhereRecapsGoInstead()
    {
        var run = CliRunner.Run("serve", "--inbox", "x", "--storage", "UseDevelopmentStorage=true");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("upload recaps to the recaps container", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ServeMalformedStorage_ExitsTwoBeforeStartingAnything()
    {
        var run = CliRunner.Run("serve", "--storage", "not a connection string", "--urls", "http://127.0.0.1:0");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith("recaps serve: --storage: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ServeHttpsUrl_ExitsTwoSayingItServesHttp()
    {
        var run = CliRunner.Run("serve", "--urls", "https://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the local run serves plain http", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OptionsWithoutACommand_AreTheLocalRuns()
    {
        var run = CliRunner.Run("--urls", "https://127.0.0.1:0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the local run serves plain http", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], new string[0])]
    [InlineData(new[] { "--data", "d" }, new[] { "serve", "--data", "d" })]
    [InlineData(new[] { "--help" }, new[] { "--help" })]
    [InlineData(new[] { "--version" }, new[] { "--version" })]
    [InlineData(new[] { "ask", "--now", "x" }, new[] { "ask", "--now", "x" })]
    public void WithDefaultCommand_Arguments_ServeOnlyForOptionsWithoutACommand(string[] args, string[] expected)
    {
        Assert.Equal(expected, RecapsCli.WithDefaultCommand(args));
    }

    [Fact]
    public void Run_ServeBadNow_ExitsTwoNamingTheOption()
    {
        var run = CliRunner.Run("serve", "--now", "nine o'clock");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--now: 'nine o'clock' is not an ISO-8601 date and time", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
