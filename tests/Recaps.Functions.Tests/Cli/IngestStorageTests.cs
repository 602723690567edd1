using Recaps.Core.Storage.Azure;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Cli;

/// <summary><c>recaps ingest --storage</c> against Azurite: uploads, blob sources and storage failures.</summary>
[Collection(AzuriteTests.Name)]
public sealed class IngestStorageTests(AzuriteFixture azurite)
{
    private const string Received = "2025-06-04T18:00:00+08:00";

    [Fact]
    public void Ingest_SamplesTwiceIntoStorage_SecondRunReportsEveryArticleUnchanged()
    {
        using var dir = new TempDirectory();
        var run = CopySamples(dir);

        var first = CliRunner.Run("ingest", dir.Path, "--received", Received, "--storage", azurite.ConnectionString);
        var second = CliRunner.Run("ingest", dir.Path, "--received", Received, "--storage", azurite.ConnectionString);
        var fromBlobs = CliRunner.Run("ingest", $"blob:recaps/{run}/", "--storage", azurite.ConnectionString);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Equal("2 articles: 2 new, 0 unchanged, 0 replaced, 0 quarantined; 33 moves stored", first.OutputLines[^1]);
        Assert.Contains($"new         {run}/seed-2025-05-21.txt: HK 2025-05-21, 20 moves", first.OutputLines);
        Assert.Equal("2 articles: 0 new, 2 unchanged, 0 replaced, 0 quarantined; 0 moves stored", second.OutputLines[^1]);
        Assert.Equal((0, "2 articles: 0 new, 2 unchanged, 0 replaced, 0 quarantined; 0 moves stored"), (fromBlobs.ExitCode, fromBlobs.OutputLines[^1]));
    }

    [Fact]
    public async Task Ingest_BlobsUploadedByOthers_AreIngested()
    {
        var run = Guid.NewGuid().ToString("N");
        var container = new AzureBlobContainer(azurite.Account, "recaps");
        await container.PutAsync($"{run}/hk.txt", await File.ReadAllBytesAsync(RepoPaths.Sample("seed-2025-05-21.txt")), "text/plain");

        var ingest = CliRunner.Run("ingest", $"blob:recaps/{run}", "--storage", azurite.ConnectionString);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Equal($"new         {run}/hk.txt: HK 2025-05-21, 20 moves", ingest.OutputLines[0]);
    }

    [Fact]
    public void Ingest_WrongAccountKey_ExitsTwoSayingTheCredentialsWereRefused()
    {
        var wrongKey = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={Convert.ToBase64String(new byte[64])};" +
            $"TableEndpoint={azurite.Account.TableEndpoint};BlobEndpoint={azurite.Account.BlobEndpoint}";

        var run = CliRunner.Run("ingest", RepoPaths.Sample("seed-2025-05-21.txt"), "--storage", wrongKey);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("refused the credentials", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(new byte[64]), run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnreachableEndpoint_ExitsTwoNamingIt()
    {
        var closed = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + StorageAccount.DevelopmentAccountKey +
            ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1";

        var run = CliRunner.Run("ingest", RepoPaths.Sample("seed-2025-05-21.txt"), "--storage", closed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("http://127.0.0.1:9/devstoreaccount1 could not be reached", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--storage", "Nonsense", "recaps ingest: --storage: ")]
    [InlineData("--data", "x", "recaps: use --data or --storage, not both")]
    public void Ingest_BadStorageOptions_ExitTwo(string option, string value, string message)
    {
        var args = option == "--data"
            ? new[] { "ingest", RepoPaths.Sample("seed-2025-05-21.txt"), "--storage", azurite.ConnectionString, "--data", value }
            : ["ingest", RepoPaths.Sample("seed-2025-05-21.txt"), option, value];

        var run = CliRunner.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_BlobSourceWithoutStorage_ExitsTwo()
    {
        var run = CliRunner.Run("ingest", "blob:recaps");

        Assert.Equal((2, "recaps ingest: 'blob:recaps' needs --storage"), (run.ExitCode, Assert.Single(run.ErrorLines)));
    }

    // The samples in a folder of their own, so this run's blob names are its own in a shared Azurite.
    private static string CopySamples(TempDirectory dir)
    {
        var run = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(dir.Path, run)).FullName;
        foreach (var name in new[] { "seed-2025-05-21.txt", "seed-2025-06-04.txt" })
        {
            File.Copy(RepoPaths.Sample(name), Path.Combine(folder, name));
        }
        return run;
    }
}
