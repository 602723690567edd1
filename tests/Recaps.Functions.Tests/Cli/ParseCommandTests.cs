using System.Text.Json;
using System.Text.RegularExpressions;

namespace Recaps.Functions.Tests.Cli;

public sealed class ParseCommandTests
{
    private static readonly string[] SessionKinds = ["close", "midday", "open", "intraday"];
    private static readonly string[] DateBases = ["stated", "day-month", "weekday", "received"];
    private static readonly string[] MoveKinds = ["index", "stock", "sector", "commodity"];
    private static readonly string[] NoMovesMessages = ["the recap is empty", "no market moves found"];
    private static readonly string[] MoveFields =
        ["kind", "name", "aliases", "venue", "direction", "pct", "points", "level", "price", "currency", "qualifier", "reason", "evidence"];

    [Fact]
    public void Parse_MissingFile_ExitsTwoWithOneLineReason()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "nope.txt");

        var run = CliRunner.Run("parse", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"recaps parse: '{missing}' does not exist", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Parse_Directory_ExitsTwoWithOneLineReason()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run("parse", dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a directory", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FileOver64MB_ExitsTwoWithoutReadingIt()
    {
        using var dir = new TempDirectory();
        var big = Path.Combine(dir.Path, "big.txt");
        using (var stream = File.Create(big))
        {
            stream.SetLength(64L * 1024 * 1024 + 1);
        }

        var run = CliRunner.Run("parse", big);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("over 64 MB", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-05-21")]
    [InlineData("2025-05-21T18:00:00")]
    [InlineData("2025-13-01T00:00:00Z")]
    [InlineData("21/05/2025 18:00 +08:00")]
    public void Parse_BadReceived_ExitsTwoWithOneLineReason(string received)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("recap.txt", "The Hang Seng Index rose 1%.");

        var run = CliRunner.Run("parse", file, "--received", received);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("recaps: --received: ", line, StringComparison.Ordinal);
        Assert.Contains(received, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Parse_NoFileArgument_ExitsTwoWithOneLineReason()
    {
        var run = CliRunner.Run("parse");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("recaps parse --help", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2023-07-04T12:00+08:00")]
    [InlineData("2023-07-04T12:00:00+08:00")]
    [InlineData("2023-07-04T12:00:00.125+08:00")]
    [InlineData("2023-07-04T04:00:00Z")]
    public void Parse_ReceivedWithOffset_DatesAnUndatedRecapFromIt(string received)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("recap.txt", "Nothing of note happened.");

        var run = CliRunner.Run("parse", file, "--received", received, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2023-07-04", JsonDocument.Parse(run.Output).RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Parse_NoReceivedOption_DatesAnUndatedRecapFromTheInjectedClock()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("recap.txt", "Nothing of note happened.");
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 3, 15, 4, 0, 0, TimeSpan.Zero));

        var run = CliRunner.Run(clock, "parse", file, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2022-03-15", JsonDocument.Parse(run.Output).RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Parse_EmptyFile_ExitsZeroWithIssueMessage()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("empty.txt", "");

        var run = CliRunner.Run("parse", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        Assert.Contains(run.OutputLines[^1], NoMovesMessages);
    }

    [Fact]
    public void Parse_EmptyFileAsJson_ExitsZeroWithIssueAndNoMoves()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("empty.txt", "");

        var run = CliRunner.Run("parse", file, "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.False(string.IsNullOrEmpty(root.GetProperty("issue").GetString()));
        Assert.Equal(0, root.GetProperty("moves").GetArrayLength());
    }

    [Fact]
    public void Parse_SeedRecapAsJson_PrintsSchemaShapedSession()
    {
        var run = CliRunner.Run("parse", RepoPaths.Sample("seed-2025-05-21.txt"), "--received", "2025-05-21T18:00:00+08:00", "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("date").GetString());
        Assert.Matches("^[A-Z]{2}$", root.GetProperty("market").GetString());
        Assert.Contains(root.GetProperty("session").GetString(), SessionKinds);
        Assert.Contains(root.GetProperty("date_basis").GetString(), DateBases);
        Assert.All(root.GetProperty("moves").EnumerateArray(), move =>
        {
            Assert.All(MoveFields, field => Assert.True(move.TryGetProperty(field, out _), $"move lacks \"{field}\""));
            Assert.Contains(move.GetProperty("kind").GetString(), MoveKinds);
            Assert.Equal(JsonValueKind.Array, move.GetProperty("aliases").ValueKind);
        });
    }

    [Fact]
    public void Parse_SeedRecap_PrintsHeaderLineFirst()
    {
        var run = CliRunner.Run("parse", RepoPaths.Sample("seed-2025-05-21.txt"), "--received", "2025-05-21T18:00:00+08:00");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}  [A-Z]{2}  (close|midday|open|intraday)  \(.+\)$"), run.OutputLines[0]);
        Assert.True(run.OutputLines.Length >= 2, "a move line or the issue message follows the header");
    }

    [Fact]
    public void Parse_Help_ExitsZeroAndDescribesOptions()
    {
        var run = CliRunner.Run("parse", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--received", run.Output, StringComparison.Ordinal);
        Assert.Contains("--json", run.Output, StringComparison.Ordinal);
    }
}
