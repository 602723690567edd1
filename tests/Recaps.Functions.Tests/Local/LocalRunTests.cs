using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Recaps.Core.Digest;
using Recaps.Core.Storage.Sessions;
using Recaps.Functions.Local;
using Recaps.Functions.Tests.Cli;

namespace Recaps.Functions.Tests.Local;

/// <summary>The local run end to end, in-process: a real server on a free port, a real SQLite store and inbox, a jumping clock.</summary>
public sealed class LocalRunTests
{
    [Fact]
    public async Task StartAsync_FreshDataFolder_IngestsTheSamplesAndServesTheChatPage()
    {
        await using var local = await LocalRunHarness.StartAsync();

        var articles = await local.Run.Store.Sessions.GetArticlesAsync();
        using var http = new HttpClient { BaseAddress = local.BaseAddress };
        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(["seed-2025-05-21.txt", "seed-2025-06-04.txt"], articles.Select(a => a.Source).Order(StringComparer.Ordinal));
        Assert.All(articles, a => Assert.Equal(ArticleStatus.Stored, a.Status));
        // The sample that only says "on Wednesday" is dated by its name, not by when the repository was cloned.
        Assert.Equal(new DateOnly(2025, 6, 4), articles.Single(a => a.Source == "seed-2025-06-04.txt").Date);
        // The handler's readiness text is for the Functions host; the local run's GET / is the chat page.
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("Market Recaps — local chat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FreshDataFolder_SaysWhereEverythingIsAndWhenTheTimersFire()
    {
        await using var local = await LocalRunHarness.StartAsync();

        var lines = local.Output.Text.Split('\n');

        Assert.Equal("Market Recaps: the local run (recaps serve)", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("  store      ", StringComparison.Ordinal) && l.Contains(Path.Combine(local.Data, "recaps.db"), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  samples    ingested ", StringComparison.Ordinal) && l.Contains("2 new", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"  inbox      {local.Inbox}: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"  http       {local.Run.Urls[0]}", StringComparison.Ordinal) && l.Contains("GET /", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("SweepRecaps  0 */15 * * * *", StringComparison.Ordinal) && l.Contains("next 2025-06-04 08:15:00Z", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("DailyDigest  0 */5 * * * *", StringComparison.Ordinal) && l.Contains("next 2025-06-04 08:05:00Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_StoreAlreadyHoldsArticles_LeavesTheSamplesOut()
    {
        using var root = new TempDirectory();
        var clock = new JumpingClock(LocalRunHarness.Start);
        var settings = LocalRunHarness.DefaultSettings(root, clock);
        var inbox = Directory.CreateDirectory(settings.InboxFolder).FullName;
        File.WriteAllText(Path.Combine(inbox, "thursday.txt"), InboxRecaps.TwoMoves);
        var first = await LocalRunHarness.StartAsync(root, settings with { SamplesFolder = Path.Combine(root.Path, "none") }, clock, new ConcurrentOutput());
        await using (first.Run)
        {
            await Eventually.TrueAsync(async () => await first.Run.Store.Sessions.GetArticleAsync("thursday.txt") is not null, "the start-up sweep ingested thursday.txt");
        }

        var output = new ConcurrentOutput();
        var again = await LocalRunHarness.StartAsync(root, settings, clock, output);
        await using (again.Run)
        {
            Assert.Equal(["thursday.txt"], (await again.Run.Store.Sessions.GetArticlesAsync()).Select(a => a.Source));
            Assert.DoesNotContain("samples", output.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StartAsync_NoSamplesFolder_StartsQuietlyOnAnEmptyStore()
    {
        await using var local = await LocalRunHarness.StartAsync(s => s with { SamplesFolder = Path.Combine(s.InboxFolder, "..", "no-samples") });

        Assert.Empty(await local.Run.Store.Sessions.GetArticlesAsync());
        Assert.DoesNotContain("samples", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_RecapSaved_ItsMovesAreStoredWithinSeconds()
    {
        await using var local = await LocalRunHarness.StartAsync();

        local.Drop("thursday.txt", InboxRecaps.TwoMoves);

        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync("thursday.txt") is { Status: ArticleStatus.Stored },
            "thursday.txt stored", TimeSpan.FromSeconds(5));
        var moves = await local.Run.Store.Sessions.GetSessionMovesAsync("HK", new DateOnly(2025, 6, 5));
        Assert.Equal(2, moves.Count);
        await Eventually.TrueAsync(() => local.Output.Text.Contains("inbox: new         thursday.txt: HK 2025-06-05, 2 moves", StringComparison.Ordinal), "the ingest reported");
    }

    [Fact]
    public async Task Inbox_RecapChanged_ReplacesItsMoves()
    {
        await using var local = await LocalRunHarness.StartAsync();
        var path = local.Drop("thursday.txt", InboxRecaps.TwoMoves);
        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync("thursday.txt") is { Moves: 2 }, "first version stored");

        File.WriteAllText(path, InboxRecaps.FourMoves);

        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync("thursday.txt") is { Moves: 4 }, "second version stored", TimeSpan.FromSeconds(5));
        await Eventually.TrueAsync(() => local.Output.Text.Contains("inbox: replaced    thursday.txt", StringComparison.Ordinal), "the replacement reported");
    }

    [Fact]
    public async Task PostDailyDigest_HostsTimerEnvelope_AnsweredAsTheDeployedHandlerWould()
    {
        await using var local = await LocalRunHarness.StartAsync();
        using var http = new HttpClient { BaseAddress = local.BaseAddress };
        using var body = new StringContent(
            """{"Data":{"myTimer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{"sys":{"MethodName":"DailyDigest"}}}""",
            System.Text.Encoding.UTF8, "application/json");

        using var response = await http.PostAsync(new Uri("/DailyDigest", UriKind.Relative), body);

        Assert.True(response.IsSuccessStatusCode);
        using var envelope = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2025-06-04", envelope.RootElement.GetProperty("ReturnValue").GetProperty("date").GetString());
        Assert.NotNull(await new DigestLog(local.Run.Store.Tables).GetAsync(new DateOnly(2025, 6, 4)));
    }

    [Fact]
    public async Task DailyDigestTimer_ClockReachesNine_RecordsAndPrintsTheLatestDigest()
    {
        await using var local = await LocalRunHarness.StartAsync();
        var digests = new DigestLog(local.Run.Store.Tables);

        local.Clock.JumpTo(new DateTimeOffset(2025, 6, 4, 9, 0, 0, TimeSpan.Zero));

        await Eventually.TrueAsync(async () => await digests.GetAsync(new DateOnly(2025, 6, 4)) is not null, "the digest of 4 June recorded");
        await Eventually.TrueAsync(() => local.Output.Text.Contains("Sources: recap seed-2025-06-04.txt", StringComparison.Ordinal), "the digest printed");
        Assert.Contains("09:00:00Z DailyDigest: the digest of 2025-06-04 (recorded now):\nHong Kong close, Wed 4 Jun 2025\n", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DailyDigestTimer_ScheduleInFunctionJson_FiresOnThatSchedule()
    {
        using var root = new TempDirectory();
        var clock = new JumpingClock(LocalRunHarness.Start);
        var settings = LocalRunHarness.DefaultSettings(root, clock);
        var function = Directory.CreateDirectory(Path.Combine(settings.FunctionRoots![0], "DailyDigest")).FullName;
        File.WriteAllText(Path.Combine(function, "function.json"),
            """{ "bindings": [ { "name": "timer", "type": "timerTrigger", "direction": "in", "schedule": "0 30 8 * * *" } ] }""");
        var local = await LocalRunHarness.StartAsync(root, settings, clock, new ConcurrentOutput());
        await using (local.Run)
        {
            var line = local.Output.Text.Split('\n').Single(l => l.Contains("DailyDigest ", StringComparison.Ordinal));
            Assert.Matches(@"DailyDigest  0 30 8 \* \* \* +next 2025-06-04 08:30:00Z  \(DailyDigest/function.json: '0 30 8 \* \* \*'\)", line.Replace(settings.FunctionRoots[0] + "/", "", StringComparison.Ordinal));

            clock.JumpTo(new DateTimeOffset(2025, 6, 4, 8, 30, 0, TimeSpan.Zero));

            await Eventually.TrueAsync(async () => await new DigestLog(local.Run.Store.Tables).GetAsync(new DateOnly(2025, 6, 4)) is not null, "the digest recorded at 08:30");
        }
    }

    [Fact]
    public async Task SweepRecapsTimer_ClockReachesQuarterPast_SweepsTheInbox()
    {
        await using var local = await LocalRunHarness.StartAsync();

        local.Clock.JumpTo(new DateTimeOffset(2025, 6, 4, 8, 15, 0, TimeSpan.Zero));

        await Eventually.TrueAsync(() => local.Output.Text.Contains($"SweepRecaps: swept the inbox {local.Inbox}: ", StringComparison.Ordinal), "the sweep reported");
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 8, 30, 0, TimeSpan.Zero),
            local.Run.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<LocalTimerService>().Single(t => t.Schedule.Function.Name == "SweepRecaps").NextRun);
    }

    [Fact]
    public async Task StopAsync_IngestUnderWay_FinishesItBeforeStopping()
    {
        var local = await LocalRunHarness.StartAsync();
        try
        {
            var inbox = local.Run.Services.GetRequiredService<Inbox>();
            Task stop;
            // Another writer holds the database, so the inbox's ingest waits inside its first write.
            using (var blocker = new SqliteConnection($"Data Source={Path.Combine(local.Data, "recaps.db")};Pooling=False"))
            {
                blocker.Open();
                using (var begin = blocker.CreateCommand())
                {
                    begin.CommandText = "BEGIN IMMEDIATE;";
                    begin.ExecuteNonQuery();
                }
                local.Drop("thursday.txt", InboxRecaps.TwoMoves);
                await Eventually.TrueAsync(() => inbox.InFlight == "thursday.txt", "the ingest under way");

                stop = local.Run.StopAsync();
                await Eventually.TrueAsync(() => local.Output.Text.Contains("stopping: finishing the ingest of thursday.txt first", StringComparison.Ordinal), "stopping announced");
                Assert.False(stop.IsCompleted);
            }
            await stop.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal((ArticleStatus.Stored, 2), (await local.Run.Store.Sessions.GetArticleAsync("thursday.txt")) is { } a ? (a.Status, a.Moves) : default);
            Assert.Contains("inbox: new         thursday.txt", local.Output.Text, StringComparison.Ordinal);
        }
        finally
        {
            await local.DisposeAsync();
        }
    }

    [Fact]
    public async Task Ask_WhileTheLocalRunUsesTheDataFolder_AnswersFromIt()
    {
        await using var local = await LocalRunHarness.StartAsync();
        local.Drop("thursday.txt", InboxRecaps.TwoMoves);
        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync("thursday.txt") is { Status: ArticleStatus.Stored }, "thursday.txt stored");

        var catl = CliRunner.Run("ask", "how did CATL do?", "--data", local.Data, "--now", "2025-05-22T10:00:00+08:00");
        var xiaomi = CliRunner.Run("ask", "how did Xiaomi do on Thursday?", "--data", local.Data, "--now", "2025-06-06T10:00:00+08:00");
        var digest = CliRunner.Run("digest", "--data", local.Data);

        Assert.Equal((0, ""), (catl.ExitCode, catl.Error));
        Assert.Contains("CATL shares jumped 9% in Hong Kong", catl.Output, StringComparison.Ordinal);
        Assert.Contains("+5%", xiaomi.Output, StringComparison.Ordinal);
        Assert.StartsWith("Hong Kong close, Thu 5 Jun 2025", digest.Output, StringComparison.Ordinal);
        // The local run goes on working meanwhile.
        local.Drop("again.txt", InboxRecaps.FourMoves);
        await Eventually.TrueAsync(async () => await local.Run.Store.Sessions.GetArticleAsync("again.txt") is { Moves: 4 }, "again.txt stored");
    }

    [Fact]
    public async Task StartAsync_AddressInUse_FailsWithOneClearLine()
    {
        await using var first = await LocalRunHarness.StartAsync();
        using var root = new TempDirectory();
        var clock = new JumpingClock(LocalRunHarness.Start);
        var settings = LocalRunHarness.DefaultSettings(root, clock) with { Urls = first.Run.Urls[0], SamplesFolder = Path.Combine(root.Path, "none") };
        var inbox = Directory.CreateDirectory(settings.InboxFolder).FullName;
        File.WriteAllText(Path.Combine(inbox, "thursday.txt"), InboxRecaps.TwoMoves);
        var output = new ConcurrentOutput();

        var error = await Assert.ThrowsAsync<LocalRunException>(() => LocalRunHarness.StartAsync(root, settings, clock, output));

        Assert.StartsWith($"cannot listen on {first.Run.Urls[0]}: ", error.Message, StringComparison.Ordinal);
        Assert.Equal("", output.Text);
        using var store = new SessionStore(new Core.Storage.Sqlite.SqliteTableService(settings.DataFolder!, clock));
        Assert.Null(await store.GetArticleAsync("thursday.txt"));
    }

    [Fact]
    public async Task StartAsync_BadDigestSchedule_FailsWithOneClearLine()
    {
        using var root = new TempDirectory();
        var clock = new JumpingClock(LocalRunHarness.Start);
        var settings = LocalRunHarness.DefaultSettings(root, clock);
        settings = settings with { Settings = new Dictionary<string, string?>(settings.Settings!) { ["DigestSchedule"] = "0 0 9 * * Funday" } };

        var error = await Assert.ThrowsAsync<LocalRunException>(() => LocalRunHarness.StartAsync(root, settings, clock, new ConcurrentOutput()));

        Assert.StartsWith("DailyDigest: the schedule '0 0 9 * * Funday' (from '%DigestSchedule%'", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(settings.DataFolder));
    }
}
