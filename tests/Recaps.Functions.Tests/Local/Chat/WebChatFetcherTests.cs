using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>Getting webchat.js: from a crafted tarball on a local listener, and once from the real registry.</summary>
public sealed class WebChatFetcherTests
{
    private const string Script = "window.WebChat = { crafted: true };";

    private static readonly Dictionary<string, string> Package = new()
    {
        ["package/package.json"] = """{"name":"botframework-webchat","version":"4.18.1"}""",
        ["package/dist/webchat-es5.js"] = "not this one",
        ["package/dist/webchat.js"] = Script,
    };

    [Fact]
    public async Task FetchAsync_IntegrityMatches_CachesTheOneScript()
    {
        using var cache = new TempDirectory();
        await using var registry = await PackageServer.StartAsync(Package);
        using var http = new HttpClient();
        var options = registry.Options(cache.Path);

        var path = await new WebChatFetcher(http, options).FetchAsync(CancellationToken.None);

        Assert.Equal(options.CachedScript, path);
        Assert.Equal(Script, await File.ReadAllTextAsync(path));
        Assert.Equal(["webchat.js"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task FetchAsync_IntegrityMismatch_ThrowsAndCachesNothing()
    {
        using var cache = new TempDirectory();
        await using var registry = await PackageServer.StartAsync(Package);
        using var http = new HttpClient();
        var fetcher = new WebChatFetcher(http, registry.Options(cache.Path, WebChatPackage.Pinned.Integrity));

        var problem = await Assert.ThrowsAsync<WebChatUnavailableException>(() => fetcher.FetchAsync(CancellationToken.None));

        Assert.Contains("integrity", problem.Message, StringComparison.Ordinal);
        Assert.Contains(WebChatPackage.Pinned.Integrity, problem.Message, StringComparison.Ordinal);
        Assert.False(fetcher.IsCached);
        Assert.Empty(Directory.GetFiles(cache.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task FetchAsync_AlreadyCached_ReusesTheFileWithoutAsking()
    {
        using var cache = new TempDirectory();
        await using var registry = await PackageServer.StartAsync(Package);
        using var http = new HttpClient();
        var options = registry.Options(cache.Path);
        await new WebChatFetcher(http, options).FetchAsync(CancellationToken.None);

        var again = await new WebChatFetcher(http, options).FetchAsync(CancellationToken.None);

        Assert.Equal(1, registry.Requests);
        Assert.Equal(Script, await File.ReadAllTextAsync(again));
    }

    [Fact]
    public async Task FetchAsync_TarballWithoutTheScript_Throws()
    {
        using var cache = new TempDirectory();
        await using var registry = await PackageServer.StartAsync(new Dictionary<string, string> { ["package/package.json"] = "{}" });
        using var http = new HttpClient();

        var problem = await Assert.ThrowsAsync<WebChatUnavailableException>(() => new WebChatFetcher(http, registry.Options(cache.Path)).FetchAsync(CancellationToken.None));

        Assert.Contains("package/dist/webchat.js", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_RegistryAnswers404_ThrowsNamingTheStatus()
    {
        using var cache = new TempDirectory();
        await using var registry = await PackageServer.StartAsync(Package, status: 404);
        using var http = new HttpClient();

        var problem = await Assert.ThrowsAsync<WebChatUnavailableException>(() => new WebChatFetcher(http, registry.Options(cache.Path)).FetchAsync(CancellationToken.None));

        Assert.Contains("404", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FetchAsync_NothingListening_ThrowsSayingItCannotBeReached()
    {
        using var cache = new TempDirectory();
        using var http = new HttpClient();
        var options = new ChatOptions { CacheFolder = cache.Path, Package = WebChatPackage.Pinned with { Tarball = new Uri($"http://127.0.0.1:{ClosedPort()}/webchat.tgz") } };

        var problem = await Assert.ThrowsAsync<WebChatUnavailableException>(() => new WebChatFetcher(http, options).FetchAsync(CancellationToken.None));

        Assert.Contains("cannot be reached", problem.Message, StringComparison.Ordinal);
    }

    // The network: the registry is reachable on our machines and in CI, and this is the one test that proves the pin.
    [Fact]
    public async Task FetchAsync_RealRegistry_GetsThePinnedWebChat()
    {
        using var cache = new TempDirectory();
        using var http = new HttpClient();

        var path = await new WebChatFetcher(http, new ChatOptions { CacheFolder = cache.Path }).FetchAsync(CancellationToken.None);

        var script = await File.ReadAllTextAsync(path);
        Assert.InRange(script.Length, 3_000_000, 6_000_000);
        Assert.Contains("createDirectLine", script, StringComparison.Ordinal);
        Assert.Contains("renderWebChat", script, StringComparison.Ordinal);
    }

    internal static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
