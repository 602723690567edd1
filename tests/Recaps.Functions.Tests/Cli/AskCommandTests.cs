namespace Recaps.Functions.Tests.Cli;

public sealed class AskCommandTests
{
    private const string Received = "2025-06-04T18:00:00+08:00";

    [Fact]
    public void Ask_HowDidCatlDoAfterIngestingTheSamples_GivesHongKongAndShenzhenOn21MayCitingTheRecap()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "how did CATL do?", "--now", Received, "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("CATL, Wed 21 May 2025 (Hong Kong close):", run.OutputLines[0]);
        Assert.Contains("- Contemporary Amperex Technology Co Ltd (CATL, Hong Kong): +9%", run.OutputLines);
        Assert.Contains("- Contemporary Amperex Technology Co Ltd (CATL, Shenzhen): +10.2%", run.OutputLines);
        Assert.Contains("Source: from recap seed-2025-05-21.txt", run.OutputLines);
    }

    [Fact]
    public void Ask_WhyDidSmooreJump_GivesTheEarningsGuidanceFromThe4JuneRecap()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "why did Smoore jump?", "--now", Received, "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("Smoore International, Wed 4 Jun 2025 (Hong Kong close):", run.OutputLines[0]);
        Assert.Equal("- Smoore International (Hong Kong): +12.1% - why: strong earnings guidance", run.OutputLines[1]);
        Assert.Contains("Source: from recap seed-2025-06-04.txt", run.OutputLines);
    }

    [Fact]
    public void Ask_UnknownInstrument_SaysNoRecapMentionsItAndExitsZero()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "how did Tesla do?", "--now", Received, "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("No recap mentions Tesla.", run.OutputLines[0]);
    }

    [Fact]
    public void Ask_UnquotedWords_AreOneQuestion()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "why", "did", "Smoore", "jump?", "--now", Received, "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("why: strong earnings guidance", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-06-05T09:00:00+08:00", "Hong Kong, Wed 4 Jun 2025:")]
    [InlineData("2025-05-22T09:00:00+08:00", "Hong Kong, Wed 21 May 2025:")]
    public void Ask_Now_DecidesWhatYesterdayIs(string now, string title)
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "how was the market yesterday?", "--now", now, "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal(title, run.OutputLines[0]);
    }

    [Fact]
    public void Ask_NowOffset_DecidesTheDateNotTheMachinesZone()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        // 07:00 on Thursday in Hong Kong is still Wednesday in UTC, but "today" is Thursday, which has no session.
        var run = CliRunner.Run("ask", "how was the market today?", "--now", "2025-06-05T07:00:00+08:00", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No session is stored for Thu 5 Jun 2025; the latest before it is Wed 4 Jun 2025.", run.OutputLines[1]);
    }

    [Fact]
    public void Ask_ContextFile_MakesWhyAFollowUp()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);
        var context = Path.Combine(dir.Path, "conversation.json");

        var first = CliRunner.Run("ask", "how did Smoore do?", "--now", Received, "--data", data, "--context", context);
        var followUp = CliRunner.Run("ask", "why?", "--now", Received, "--data", data, "--context", context);
        var alone = CliRunner.Run("ask", "why?", "--now", Received, "--data", data);

        Assert.Equal((0, 0, 0), (first.ExitCode, followUp.ExitCode, alone.ExitCode));
        Assert.Contains("\"instruments\":[\"smoore-international\"]", File.ReadAllText(context), StringComparison.Ordinal);
        Assert.Equal("Smoore International, Wed 4 Jun 2025 (Hong Kong close):", followUp.OutputLines[0]);
        Assert.Contains("why: strong earnings guidance", followUp.Output, StringComparison.Ordinal);
        Assert.StartsWith("I answer questions about the market recaps", alone.OutputLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DamagedContextFile_AnswersTheQuestionAloneAndRewritesIt()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);
        var context = dir.Write("conversation.json", "{ not json");

        var run = CliRunner.Run("ask", "how did CATL do?", "--now", Received, "--data", data, "--context", context);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("CATL, Wed 21 May 2025 (Hong Kong close):", run.OutputLines[0]);
        Assert.Contains("\"instruments\":[\"contemporary-amperex-technology\"]", File.ReadAllText(context), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_ContextFileInAMissingFolder_ExitsTwoWithOneLine()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("ask", "how did CATL do?", "--now", Received, "--data", data, "--context", Path.Combine(dir.Path, "missing", "c.json"));

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith("recaps ask: --context: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_EmptyStore_SaysToIngestFirstAndExitsZero()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run("ask", "how did CATL do?", "--now", Received, "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("No recaps are stored yet: upload or ingest some (recaps ingest PATH...) and ask again.", Assert.Single(run.OutputLines));
    }

    [Fact]
    public void Ask_MalformedStorageConnectionString_ExitsTwoWithOneLine()
    {
        var run = CliRunner.Run("ask", "how did CATL do?", "--storage", "Nonsense");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith("recaps ask: --storage: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_MalformedNow_ExitsTwoWithOneLine()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run("ask", "how did CATL do?", "--now", "yesterday", "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.StartsWith("recaps: --now: 'yesterday' is not an ISO-8601 date and time with offset", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    private static string IngestSamples(TempDirectory dir)
    {
        var data = Path.Combine(dir.Path, "d");
        var ingest = CliRunner.Run("ingest", Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "--received", Received, "--data", data);
        Assert.Equal(0, ingest.ExitCode);
        return data;
    }
}
