using System.Collections;
using Microsoft.Playwright;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>
/// Headless Debian chromium driven by Playwright (PROTOCOLS.md 8): Playwright's own browser download is not
/// reachable, so the system chromium runs with a fresh profile, and its XDG folders (crash reports) in a temp folder.
/// </summary>
internal sealed class ChatBrowser : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly TempDirectory _folder;
    private readonly IPlaywright _playwright;

    private ChatBrowser(TempDirectory folder, IPlaywright playwright, IBrowserContext context)
    {
        _folder = folder;
        _playwright = playwright;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public static async Task<ChatBrowser> LaunchAsync()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Fail($"The chat page tests need Debian's chromium at {Chromium}; install it with: apt-get update && apt-get install -y chromium");
        }
        var folder = new TempDirectory();
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        environment["XDG_CONFIG_HOME"] = Directory.CreateDirectory(Path.Combine(folder.Path, "config")).FullName;
        environment["XDG_CACHE_HOME"] = Directory.CreateDirectory(Path.Combine(folder.Path, "cache")).FullName;
        var playwright = await Playwright.CreateAsync();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(Path.Combine(folder.Path, "profile"), new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = Flags,
                Env = environment,
                ViewportSize = new ViewportSize { Width = 900, Height = 760 },
            });
            return new ChatBrowser(folder, playwright, context);
        }
        catch
        {
            playwright.Dispose();
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Where a screenshot goes: TestResults/ in the test output folder (CI keeps it as an artifact).</summary>
    public static string Artifact(string name) => Path.Combine(Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults")).FullName, name);

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _playwright.Dispose();
        _folder.Dispose();
    }
}
