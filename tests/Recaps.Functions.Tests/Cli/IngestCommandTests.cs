using Recaps.Functions.Cli;

namespace Recaps.Functions.Tests.Cli;

public sealed class IngestCommandTests
{
    private const string Received = "2025-06-04T18:00:00+08:00";

    [Fact]
    public void Ingest_SamplesTwice_SecondRunReportsEveryArticleUnchanged()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, ".data");
        var samples = Path.Combine(RepositoryRoot(), "samples");

        var first = CliRunner.Run("ingest", samples, "--received", Received, "--data", data);
        var second = CliRunner.Run("ingest", samples, "--received", Received, "--data", data);

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        Assert.Equal("2 articles: 2 new, 0 unchanged, 0 replaced, 0 quarantined; 33 moves stored", first.OutputLines[^1]);
        Assert.Contains("new         seed-2025-05-21.txt: HK 2025-05-21, 20 moves", first.OutputLines);
        Assert.Contains("new         seed-2025-06-04.txt: HK 2025-06-04, 13 moves", first.OutputLines);
        Assert.Equal((0, ""), (second.ExitCode, second.Error));
        Assert.Equal("2 articles: 0 new, 2 unchanged, 0 replaced, 0 quarantined; 0 moves stored", second.OutputLines[^1]);
    }

    [Fact]
    public void Ingest_FolderWithSubfoldersAndOtherFiles_TakesRecapFilesByRelativeName()
    {
        using var dir = new TempDirectory();
        var inbox = Directory.CreateDirectory(Path.Combine(dir.Path, "inbox", "desk")).Parent!.FullName;
        File.Copy(Path.Combine(RepositoryRoot(), "samples", "seed-2025-05-21.txt"), Path.Combine(inbox, "desk", "a.TXT"));
        File.WriteAllText(Path.Combine(inbox, "notes.json"), "{}");
        File.WriteAllText(Path.Combine(inbox, "weather.md"), "Sunny all week in Hong Kong.");

        var run = CliRunner.Run("ingest", inbox, "--received", Received, "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("new         desk/a.TXT: HK 2025-05-21, 20 moves", run.OutputLines);
        Assert.Contains("quarantined weather.md: no market moves found", run.OutputLines);
        Assert.Equal("2 articles: 1 new, 0 unchanged, 0 replaced, 1 quarantined; 20 moves stored", run.OutputLines[^1]);
    }

    [Fact]
    public void Ingest_ChangedFileUnderSameName_ReportsReplaced()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "d");
        var file = dir.Write("hk.txt", "The Hang Seng Index rose 1.2% to 20,000.50 on 21 May 2025.");
        CliRunner.Run("ingest", file, "--received", Received, "--data", data);
        File.WriteAllText(file, "The Hang Seng Index fell 0.4% to 19,700.10 on 21 May 2025.");

        var run = CliRunner.Run("ingest", file, "--received", Received, "--data", data);

        Assert.Equal("replaced    hk.txt: HK 2025-05-21, 1 moves", run.OutputLines[0]);
        Assert.Equal("1 article: 0 new, 0 unchanged, 1 replaced, 0 quarantined; 1 moves stored", run.OutputLines[^1]);
    }

    [Fact]
    public void Ingest_BinaryAndEmptyFiles_AreQuarantinedAndTheRunSucceeds()
    {
        using var dir = new TempDirectory();
        var binary = dir.Write("photo.txt", Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 256)).ToArray());
        var empty = dir.Write("empty.txt", "");

        var run = CliRunner.Run("ingest", binary, empty, "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("quarantined photo.txt: the recap is not text (binary content)", run.OutputLines);
        Assert.Contains("quarantined empty.txt: the recap is empty", run.OutputLines);
    }

    [Fact]
    public void Ingest_FileOverTheLimit_IsQuarantinedWithoutBeingRead()
    {
        using var dir = new TempDirectory();
        var big = Path.Combine(dir.Path, "big.txt");
        using (var stream = File.Create(big))
        {
            stream.SetLength(6L * 1024 * 1024);
        }

        var run = CliRunner.Run("ingest", big, "--data", Path.Combine(dir.Path, "d"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("quarantined big.txt: the recap is 6 MB, over the 5 MB limit", run.OutputLines);
    }

    [Fact]
    public void Ingest_MissingPath_ExitsTwoBeforeStoringAnything()
    {
        using var dir = new TempDirectory();
        var data = Path.Combine(dir.Path, "d");
        var missing = Path.Combine(dir.Path, "nope");

        var run = CliRunner.Run("ingest", Path.Combine(RepositoryRoot(), "samples"), missing, "--data", data);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"recaps ingest: '{missing}' does not exist", Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(data));
    }

    [Fact]
    public void Ingest_DataFolderCannotBeCreated_ExitsTwoWithAClearMessage()
    {
        using var dir = new TempDirectory();
        var blocker = dir.Write("blocker", "a file where the data folder should go");

        var run = CliRunner.Run("ingest", Path.Combine(RepositoryRoot(), "samples"), "--data", Path.Combine(blocker, "d"));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("recaps ingest: storage failed: The data folder", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_NoPath_ExitsTwo()
    {
        var run = CliRunner.Run("ingest");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Ingest_OnATerminal_ShowsProgressAndOnlyTheArticlesThatNeedAttention()
    {
        using var dir = new TempDirectory();
        File.Copy(Path.Combine(RepositoryRoot(), "samples", "seed-2025-05-21.txt"), Path.Combine(dir.Path, "good.txt"));
        dir.Write("bad.txt", "Nothing about markets.");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RecapsCli.RunAsync(["ingest", dir.Path, "--received", Received, "--data", Path.Combine(dir.Path, "d")], output, error,
            new FakeTimeProvider(CliRunner.DefaultNow), interactive: true);

        var text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Ingesting", text, StringComparison.Ordinal);
        Assert.Contains("quarantined bad.txt: no market moves found", text, StringComparison.Ordinal);
        Assert.DoesNotContain("new         good.txt", text, StringComparison.Ordinal);
        Assert.EndsWith("2 articles: 1 new, 0 unchanged, 0 replaced, 1 quarantined; 20 moves stored", text.TrimEnd(), StringComparison.Ordinal);
    }

    private static string RepositoryRoot() => Recaps.Testing.RepositoryRoot.Path;
}
