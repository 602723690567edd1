using Recaps.Functions.Local;

namespace Recaps.Functions.Tests.Local;

/// <summary>
/// A local run of its own: a temporary data folder, inbox and function folder, a free port on 127.0.0.1, a
/// jumping clock starting Wednesday 4 June 2025 08:00 UTC, and quick pacing. The samples are found as on a clone.
/// </summary>
internal sealed class LocalRunHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 6, 4, 8, 0, 0, TimeSpan.Zero);

    private LocalRunHarness(TempDirectory root, JumpingClock clock, ConcurrentOutput output, ServeSettings settings, LocalRun run)
    {
        Root = root;
        Clock = clock;
        Output = output;
        Settings = settings;
        Run = run;
    }

    public TempDirectory Root { get; }

    public JumpingClock Clock { get; }

    public ConcurrentOutput Output { get; }

    public ServeSettings Settings { get; }

    public LocalRun Run { get; }

    public string Data => Settings.DataFolder!;

    public string Inbox => Settings.InboxFolder;

    public Uri BaseAddress => new(Run.Urls[0]);

    /// <summary>The settings a harness run uses, for a test to adjust before <see cref="StartAsync(TempDirectory, ServeSettings, JumpingClock, ConcurrentOutput)"/>.</summary>
    public static ServeSettings DefaultSettings(TempDirectory root, JumpingClock clock) => new()
    {
        Time = clock,
        Urls = "http://127.0.0.1:0",
        DataFolder = Path.Combine(root.Path, "data"),
        InboxFolder = Path.Combine(root.Path, "inbox"),
        FunctionRoots = [Directory.CreateDirectory(Path.Combine(root.Path, "app")).FullName],
        // Whatever the machine's environment says, these tests run on the function.json defaults.
        Settings = new Dictionary<string, string?>
        {
            ["SweepSchedule"] = TimerFunction.SweepRecaps.DefaultSchedule,
            ["DigestSchedule"] = TimerFunction.DailyDigest.DefaultSchedule,
        },
        Pacing = new LocalPacing
        {
            Settle = TimeSpan.FromMilliseconds(100),
            Retry = TimeSpan.FromMilliseconds(100),
            InboxRescan = TimeSpan.FromSeconds(2),
            ContainerPoll = TimeSpan.FromMilliseconds(200),
        },
    };

    public static Task<LocalRunHarness> StartAsync(Func<ServeSettings, ServeSettings>? adjust = null)
    {
        var root = new TempDirectory();
        var clock = new JumpingClock(Start);
        var settings = DefaultSettings(root, clock);
        return StartAsync(root, adjust is null ? settings : adjust(settings), clock, new ConcurrentOutput());
    }

    public static async Task<LocalRunHarness> StartAsync(TempDirectory root, ServeSettings settings, JumpingClock clock, ConcurrentOutput output)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var run = await LocalRun.StartAsync(settings, output, CancellationToken.None);
        // Both timers waiting for their first run (hours of clock time away; the inbox's waits are short), so a jump reaches them.
        await Eventually.TrueAsync(() => clock.TimersDueAfter(clock.GetUtcNow().AddMinutes(1)) >= TimerFunction.All.Count, "the timers waiting");
        return new LocalRunHarness(root, clock, output, settings, run);
    }

    /// <summary>Writes a file into the inbox (the folder it names is created) and returns its full path.</summary>
    public string Drop(string name, string text)
    {
        var path = Path.Combine(Inbox, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Run.DisposeAsync();
        Root.Dispose();
    }
}
