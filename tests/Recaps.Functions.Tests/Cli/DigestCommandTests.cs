using Recaps.Core.Storage.Azure;

namespace Recaps.Functions.Tests.Cli;

public sealed class DigestCommandTests
{
    private const string Received = "2025-06-04T18:00:00+08:00";

    [Fact]
    public void Digest_AfterIngestingTheSamples_PrintsTheLatestSession()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("digest", "--data", data);

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("""
            Hong Kong close, Wed 4 Jun 2025
            Indices:
              Hang Seng Index: +0.6%, +141 points, at 23,654
            Gainers:
              Innovent Biologics (Hong Kong): +13.8%
              Smoore International (Hong Kong): +12.1%
              Pop Mart International (Hong Kong): +4.6%
            Sectors:
              Healthcare index: about +3%
              Biotech and pharmaceutical names: up
              Tech: up
              Consumer and industrial plays: up
            Why:
              Hang Seng Index: +0.6% - investor sentiment improved amid hopes for a thaw in U.S.-China trade relations
              Innovent Biologics (Hong Kong): +13.8% - strong clinical trial updates and positive analyst coverage
              Smoore International (Hong Kong): +12.1% - strong earnings guidance
              Pop Mart International (Hong Kong): +4.6% - upbeat consumer spending trends
            Sources: recap seed-2025-06-04.txt

            """, run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Digest_DateWithoutASession_SaysSoAndPrintsTheSessionBefore()
    {
        using var dir = new TempDirectory();
        var data = IngestSamples(dir);

        var run = CliRunner.Run("digest", "--date", "2025-06-01", "--data", data);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No session stored for Sun 1 Jun 2025; the latest before it is Wed 21 May 2025.", run.OutputLines[0]);
        Assert.Equal("Hong Kong close, Wed 21 May 2025", run.OutputLines[1]);
        Assert.Equal("Sources: recap seed-2025-05-21.txt", run.OutputLines[^1]);
    }

    [Fact]
    public void Digest_EmptyStore_SaysToIngestFirstAndExitsZero()
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run("digest", "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Equal("No sessions stored yet: ingest recaps first (recaps ingest PATH...).", Assert.Single(run.OutputLines));
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("21/05/2025")]
    [InlineData("yesterday")]
    public void Digest_BadDate_ExitsTwoWithOneLine(string date)
    {
        using var dir = new TempDirectory();

        var run = CliRunner.Run("digest", "--date", date, "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Equal($"recaps: --date: '{date}' is not a date as yyyy-MM-dd, e.g. 2025-05-21 (see 'recaps digest --help')", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Digest_DataFolderCannotBeCreated_ExitsTwoWithAClearMessage()
    {
        using var dir = new TempDirectory();
        var blocker = dir.Write("blocker", "a file where the data folder should go");

        var run = CliRunner.Run("digest", "--data", Path.Combine(blocker, "d"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps digest: storage failed: The data folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_MalformedStorageConnectionString_ExitsTwo()
    {
        var run = CliRunner.Run("digest", "--storage", "Nonsense");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps digest: --storage: ", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_UnreachableStorage_ExitsTwoNamingTheEndpoint()
    {
        var closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + StorageAccount.DevelopmentAccountKey +
            ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1";

        var run = CliRunner.Run("digest", "--storage", closed);

        var line = Assert.Single(run.ErrorLines);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps digest: storage failed: ", line, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:9/devstoreaccount1 could not be reached", line, StringComparison.Ordinal);
    }

    private static string IngestSamples(TempDirectory dir)
    {
        var data = Path.Combine(dir.Path, "d");
        var ingest = CliRunner.Run("ingest", Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "--received", Received, "--data", data);
        Assert.Equal(0, ingest.ExitCode);
        return data;
    }
}
