using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Bot.Connector;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Connector;

public sealed class ConnectorClientTests
{
    private static readonly BotSettings Production = new() { AppId = "bot-app-id", AppPassword = "secret", TenantId = "tenant-1" };

    [Fact]
    public async Task SendAsync_ReplyWithTeamsIds_PostsToEscapedReplyPathWithBearerToken()
    {
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(StandInReply.Ok("1:reply")));
        var trust = new TrustedServiceUrls(Production);
        Assert.True(trust.Trust(connector.ServiceUrl));
        var client = Client(new FakeTokens("token-1"), trust, new TestClock(Noon));
        var activity = Message(connector.ServiceUrl, "19:abc@thread.tacv2;messageid=1485983408511") with { ReplyToId = "1485983408511:x;y@z" };

        var sent = await client.SendAsync(activity, CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/emea/v3/conversations/19:abc@thread.tacv2;messageid=1485983408511/activities/1485983408511:x;y@z", request.Path);
        Assert.Equal("/emea/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D1485983408511/activities/1485983408511%3Ax%3By%40z", request.RawTarget);
        Assert.Equal("Bearer token-1", request.Authorization);
        Assert.Equal("hello", request.Activity.Text);
        Assert.Equal("1:reply", sent.Id);
    }

    [Fact]
    public async Task SendAsync_NoReplyToIdAndNoTrailingSlash_PostsToConversation()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var trust = new TrustedServiceUrls(Production);
        trust.Trust(connector.ServiceUrl);
        var client = Client(new FakeTokens("token-1"), trust, new TestClock(Noon));

        await client.SendAsync(Message(connector.ServiceUrl.TrimEnd('/'), "a:1"), CancellationToken.None);

        Assert.Equal("/emea/v3/conversations/a:1/activities", Assert.Single(connector.Requests).Path);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfterThen200_WaitsAtLeastRetryAfterAndSucceeds()
    {
        var calls = 0;
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            Interlocked.Increment(ref calls) == 1 ? new StandInReply(429, RetryAfter: "2") : StandInReply.Ok("sent")));
        var clock = new TestClock(Noon);
        var client = Client(new FakeTokens(null), new TrustedServiceUrls(BotSettings.Development), clock);

        var sent = await client.SendAsync(Message(connector.ServiceUrl, "a:1"), CancellationToken.None);

        Assert.Equal("sent", sent.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Contains(clock.Waits, wait => wait >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_503EveryTime_ThrowsConnectorExceptionAfterBoundedRetries()
    {
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            new StandInReply(503, """{"error":{"code":"ServiceUnavailable","message":"try later"}}""")));
        var client = Client(new FakeTokens(null), new TrustedServiceUrls(BotSettings.Development), new TestClock(Noon));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Message(connector.ServiceUrl, "a:1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal("ServiceUnavailable", error.ErrorCode);
        Assert.Equal(new ConnectorOptions().MaxRetries + 1, connector.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_404ConversationNotFound_ThrowsAtOnceWithErrorCode()
    {
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            new StandInReply(404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""")));
        var client = Client(new FakeTokens(null), new TrustedServiceUrls(BotSettings.Development), new TestClock(Noon));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Message(connector.ServiceUrl, "a:1"), CancellationToken.None));

        Assert.True(error.IsConversationGone);
        Assert.Equal("ConversationNotFound", error.ErrorCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task SendAsync_ConnectionRefused_RetriesThenThrowsConnectorException()
    {
        var closed = await ClosedPortUrlAsync();
        var clock = new TestClock(Noon);
        var client = Client(new FakeTokens(null), new TrustedServiceUrls(BotSettings.Development), clock);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Message(closed, "a:1"), CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(new ConnectorOptions().MaxRetries, clock.Waits.Count);
    }

    [Fact]
    public async Task SendAsync_UntrustedServiceUrl_RefusesWithoutSendingOrAskingForAToken()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var tokens = new FakeTokens("token-1");
        var client = Client(tokens, new TrustedServiceUrls(Production), new TestClock(Noon));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendAsync(Message(connector.ServiceUrl, "a:1"), CancellationToken.None));

        Assert.Equal(ConnectorException.UntrustedServiceUrl, error.ErrorCode);
        Assert.Empty(connector.Requests);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendAsync_DevelopmentMode_SendsNoAuthorizationHeader()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var tokens = new FakeTokens("must-not-be-sent");
        var client = Client(tokens, new TrustedServiceUrls(BotSettings.Development), new TestClock(Noon));

        await client.SendAsync(Message(connector.ServiceUrl, "a:1"), CancellationToken.None);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendTypingAsync_Reference_PostsTypingFromTheBotToTheConversation()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var client = Client(new FakeTokens(null), new TrustedServiceUrls(BotSettings.Development), new TestClock(Noon));
        var reference = new ConversationReference
        {
            ServiceUrl = connector.ServiceUrl,
            ChannelId = "webchat",
            Bot = new ChannelAccount { Id = "bot" },
            User = new ChannelAccount { Id = "user" },
            Conversation = new ConversationAccount { Id = "c-1" },
        };

        await client.SendTypingAsync(reference, CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/emea/v3/conversations/c-1/activities", request.Path);
        Assert.Equal(ActivityTypes.Typing, request.Activity.Type);
        Assert.Equal("bot", request.Activity.From?.Id);
        Assert.Equal("user", request.Activity.Recipient?.Id);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities")]
    [InlineData("https://smba.trafficmanager.net/emea", "https://smba.trafficmanager.net/emea/v3/conversations/a%3A1/activities")]
    [InlineData("https://webchat.botframework.com/", "https://webchat.botframework.com/v3/conversations/a%3A1/activities")]
    [InlineData("https://webchat.botframework.com", "https://webchat.botframework.com/v3/conversations/a%3A1/activities")]
    public void ActivitiesUri_ServiceUrlWithOrWithoutSlash_JoinsWithOneSlash(string serviceUrl, string expected)
    {
        Assert.Equal(expected, ConnectorClient.ActivitiesUri(serviceUrl, "a:1", null).AbsoluteUri);
    }

    private static readonly DateTimeOffset Noon = new(2025, 5, 21, 12, 0, 0, TimeSpan.Zero);

    private static ConnectorClient Client(IBotTokenProvider tokens, TrustedServiceUrls trust, TimeProvider clock) =>
        new(new HttpClient(), tokens, trust, clock, NullLogger.Instance);

    private static Activity Message(string serviceUrl, string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "28:bot" },
        Recipient = new ChannelAccount { Id = "29:user" },
        Conversation = new ConversationAccount { Id = conversationId },
        Text = "hello",
    };

    // A port that was just free: nothing listens there, so connecting is refused at once.
    private static async Task<string> ClosedPortUrlAsync()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        return connector.ServiceUrl;
    }
}
