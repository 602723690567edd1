using System.Net;
using Recaps.Functions.Local;
using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>The chat page and Web Chat's script as the local run serves them, with and without the network.</summary>
public sealed class ChatPageTests
{
    [Fact]
    public async Task GetRoot_LocalRun_IsTheChatPageWithAContentSecurityPolicy()
    {
        await using var local = await ChatHarness.StartAsync(null);
        using var http = new HttpClient { BaseAddress = local.BaseAddress };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>Market Recaps — local chat</title>", html, StringComparison.Ordinal);
        Assert.Contains("local development channel", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/chat/webchat.js?v=4.18.1\"", html, StringComparison.Ordinal);
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        using var script = await http.GetAsync(new Uri("/chat/chat.js", UriKind.Relative));
        Assert.Contains("createDirectLine({ domain: location.origin + '/directline', webSocket: false, pollingInterval: 500 })", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_Banner_SaysWhereTheChatIs()
    {
        await using var local = await ChatHarness.StartAsync(null);

        var lines = local.Output.Text.Split('\n');

        Assert.Contains(lines, l => l.StartsWith($"  chat       http://127.0.0.1:{local.BaseAddress.Port}/  ", StringComparison.Ordinal)
            && l.Contains($"the bot at http://127.0.0.1:{local.BaseAddress.Port}/api/messages", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  webchat    ", StringComparison.Ordinal));
        // The channel's own routes are not the app's API.
        Assert.DoesNotContain("/directline", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatJs_RegistryUnreachable_PageLoadsAndTheScriptExplainsWithA503()
    {
        using var cache = new TempDirectory();
        await using var local = await ChatHarness.StartAsync(null, new Dictionary<string, string?>
        {
            [ChatOptions.CacheFolderSetting] = cache.Path,
            [ChatOptions.WebChatPackageUrlSetting] = $"http://127.0.0.1:{WebChatFetcherTests.ClosedPort()}/botframework-webchat-4.18.1.tgz",
        });
        using var http = new HttpClient { BaseAddress = local.BaseAddress };
        await local.Run.ChatWarmup;

        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/chat/webchat.js?v=4.18.1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, script.StatusCode);
        var reason = await script.Content.ReadAsStringAsync();
        Assert.Contains("cannot be reached", reason, StringComparison.Ordinal);
        Assert.Contains("LocalChat__WebChatScript", reason, StringComparison.Ordinal);
        Assert.Equal("no-store", script.Headers.CacheControl?.ToString());
        Assert.Contains("chat: Web Chat is unavailable: ", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatJs_LocalFileSetting_IsServedWithoutTheNetwork()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("webchat.js", "window.WebChat = {};");
        await using var local = await ChatHarness.StartAsync(null, new Dictionary<string, string?> { [ChatOptions.WebChatScriptSetting] = file });
        using var http = new HttpClient { BaseAddress = local.BaseAddress };

        using var script = await http.GetAsync(new Uri("/chat/webchat.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("window.WebChat = {};", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", script.Headers.CacheControl?.ToString());
        Assert.Contains($"  webchat    {file} (LocalChat__WebChatScript)", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatJs_PinnedPackage_IsServedForAYear()
    {
        await using var local = await ChatHarness.StartAsync(null);
        using var http = new HttpClient { BaseAddress = local.BaseAddress };

        using var script = await http.GetAsync(new Uri("/chat/webchat.js?v=4.18.1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", script.Headers.CacheControl?.ToString());
        Assert.True(script.Content.Headers.ContentLength > 3_000_000);
    }

    [Fact]
    public async Task StartAsync_WebChatScriptSettingNamesNoFile_FailsNamingTheSetting()
    {
        using var root = new TempDirectory();
        var settings = LocalRunHarness.DefaultSettings(root, new JumpingClock(LocalRunHarness.Start));
        settings = settings with { Settings = new Dictionary<string, string?>(settings.Settings!) { [ChatOptions.WebChatScriptSetting] = "/no/such/webchat.js" } };

        var problem = await Assert.ThrowsAsync<LocalRunException>(() => LocalRun.StartAsync(settings, new ConcurrentOutput(), CancellationToken.None));

        Assert.Contains("LocalChat:WebChatScript", problem.Message, StringComparison.Ordinal);
    }
}
