using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Recaps.Bot;
using Recaps.Bot.Connector;
using Recaps.Bot.Tests.Auth;
using Recaps.Bot.Tests.Connector;
using Recaps.Core.Storage.Tables;
using Recaps.Functions.Bot;
using Recaps.Functions.Tests.Handler;

namespace Recaps.Functions.Tests.Bot;

/// <summary>
/// The handler app with the samples ingested (through IngestRecap, as the host would), a stand-in channel connector
/// the bot's replies go to, and, for a configured bot, a stand-in OpenID endpoint and a signing key endorsed for webchat.
/// </summary>
internal sealed class BotHarness : IAsyncDisposable
{
    public const string BotToken = "bot-token-to-channel";

    private BotHarness(HandlerHarness handler, ConnectorStandIn channel, OpenIdStandIn? openId, TestSigningKey? key)
    {
        Handler = handler;
        Channel = channel;
        OpenId = openId;
        Key = key;
    }

    public HandlerHarness Handler { get; }

    public ConnectorStandIn Channel { get; }

    public OpenIdStandIn? OpenId { get; }

    public TestSigningKey? Key { get; }

    /// <summary>Local development mode: no app id, anonymous activities.</summary>
    public static Task<BotHarness> DevelopmentAsync(Func<ReceivedRequest, CancellationToken, Task<StandInReply>>? channel = null) => StartAsync(configured: false, channel);

    /// <summary>A SingleTenant bot with <see cref="TestToken.AppId"/>: every activity needs a Bot Connector token.</summary>
    public static Task<BotHarness> ConfiguredAsync() => StartAsync(configured: true, null);

    private static async Task<BotHarness> StartAsync(bool configured, Func<ReceivedRequest, CancellationToken, Task<StandInReply>>? respond)
    {
        var channel = await ConnectorStandIn.StartAsync(respond);
        OpenIdStandIn? openId = null;
        TestSigningKey? key = null;
        BotConfiguration? bot = null;
        if (configured)
        {
            openId = await OpenIdStandIn.StartAsync();
            key = new TestSigningKey("key-1", "webchat", "msteams");
            openId.BotConnectorKeys = [key];
            var settings = new BotSettings { AppType = BotAppType.SingleTenant, AppId = TestToken.AppId, AppPassword = "secret", TenantId = "0d9a3f1e-1111-4222-8333-444455556666" };
            bot = new BotConfiguration(settings, new TrustedServiceUrls(settings)) { Auth = openId.Options };
        }
        var handler = await HandlerHarness.SqliteAsync(bot, services => services.AddSingleton<IBotTokenProvider>(new FakeTokens(configured ? BotToken : null)));
        var harness = new BotHarness(handler, channel, openId, key);
        await harness.IngestSamplesAsync();
        return harness;
    }

    /// <summary>A Bot Connector token for this bot, for activities with the channel's serviceUrl.</summary>
    public string Token(Func<TestToken, TestToken>? change = null)
    {
        var token = new TestToken { Key = Key!, ServiceUrl = Channel.ServiceUrl, IssuedAt = HandlerHarness.Now.AddMinutes(-1) };
        return (change?.Invoke(token) ?? token).Header();
    }

    /// <summary>A Web Chat message from user-1 in conversation <paramref name="conversation"/>.</summary>
    public JsonObject Message(string text, string conversation = "conv-1", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = HandlerHarness.Now.ToString("O", CultureInfo.InvariantCulture),
        ["channelId"] = "webchat",
        ["serviceUrl"] = Channel.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ada" },
        ["recipient"] = new JsonObject { ["id"] = "recaps-bot", ["name"] = "Market Recaps" },
        ["conversation"] = new JsonObject { ["id"] = conversation },
        ["text"] = text,
        ["locale"] = "en-GB",
        ["localTimezone"] = "Asia/Hong_Kong",
    };

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? authorization = null) => await PostRawAsync(activity.ToJsonString(), authorization);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await Handler.Client.SendAsync(request);
    }

    /// <summary>The rows of one of the bot's tables (all partitions).</summary>
    public async Task<int> RowsAsync(string table) =>
        (await Handler.Store.Tables.GetTable(table).QueryListAsync(new TableQuery())).Count;

    private async Task IngestSamplesAsync()
    {
        var received = new DateTimeOffset(2025, 6, 4, 18, 0, 0, TimeSpan.FromHours(8));
        foreach (var file in Directory.GetFiles(Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "*.txt"))
        {
            var reply = await Handler.InvokeAsync("IngestRecap", Envelopes.Blob(Path.GetFileName(file), Envelopes.Base64(await File.ReadAllBytesAsync(file)), received));
            Assert.Equal(HttpStatusCode.OK, reply.Status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Handler.DisposeAsync();
        await Channel.DisposeAsync();
        if (OpenId is not null)
        {
            await OpenId.DisposeAsync();
        }
        Key?.Dispose();
    }
}
