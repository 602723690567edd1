using System.Net;
using System.Text.Json;
using Recaps.Bot.Protocol;
using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>
/// The local chat's Direct Line subset and connector over real HTTP: a local run on a free port, and a stand-in bot
/// on another that gets the activities and posts its replies to the serviceUrl, as the real bot will.
/// </summary>
public sealed class DirectLineTests
{
    [Fact]
    public async Task StartConversation_WithUser_AnswersIdAndTokenAndTellsTheBotWhoJoined()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);

        using var response = await client.StartAsync("""{"user":{"id":"dl_tester","name":"Tester"}}""");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("conversationId").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("token").GetString()));
        Assert.Equal(1800, json.RootElement.GetProperty("expires_in").GetInt32());
        Assert.False(json.RootElement.TryGetProperty("streamUrl", out _));
        var update = Assert.Single(bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(["recaps-bot", "dl_tester"], update.MembersAdded!.Select(m => m.Id));
        Assert.Equal(id, update.Conversation?.Id);
        Assert.Equal("webchat", update.ChannelId);
        Assert.Equal($"http://127.0.0.1:{local.BaseAddress.Port}/", update.ServiceUrl);
        Assert.Equal("recaps-bot", update.Recipient?.Id);
        Assert.Equal("dl_tester", update.From?.Id);
    }

    [Fact]
    public async Task StartConversation_NoBody_TheBotsWelcomeIsTheFirstActivity()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);

        var id = await client.StartConversationAsync();
        var (activities, watermark) = await client.ActivitiesAsync(id);

        var update = Assert.Single(bot.Received);
        Assert.Equal(2, update.MembersAdded!.Count);
        Assert.StartsWith("dl_", update.MembersAdded[1].Id, StringComparison.Ordinal);
        var welcome = Assert.Single(activities);
        Assert.Equal(StandInBot.Welcome, welcome.Text);
        Assert.Equal("recaps-bot", welcome.From?.Id);
        Assert.Equal("bot", welcome.From?.Role);
        Assert.Equal(id, welcome.Conversation?.Id);
        Assert.StartsWith($"{id}|", welcome.Id, StringComparison.Ordinal);
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task PostActivity_Message_IsStampedForwardedAndFollowedByTheBotsRepliesInOrder()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();
        var (_, watermark) = await client.ActivitiesAsync(id);

        using var posted = await client.PostAsync(id, """{"type":"message","text":"how did CATL do?","from":{"id":"dl_u1","name":"You"},"channelData":{"clientActivityID":"c1"}}""");

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        using var json = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        var activityId = json.RootElement.GetProperty("id").GetString();
        var forwarded = bot.Received.Last();
        Assert.Equal(activityId, forwarded.Id);
        Assert.Equal("how did CATL do?", forwarded.Text);
        Assert.Equal("webchat", forwarded.ChannelId);
        Assert.Equal($"http://127.0.0.1:{local.BaseAddress.Port}/", forwarded.ServiceUrl);
        Assert.Equal(id, forwarded.Conversation?.Id);
        Assert.Equal("recaps-bot", forwarded.Recipient?.Id);
        Assert.Equal("dl_u1", forwarded.From?.Id);
        Assert.Equal("user", forwarded.From?.Role);
        Assert.Equal(LocalRunHarness.Start.Date, forwarded.Timestamp?.UtcDateTime.Date);
        Assert.All(bot.ConnectorAnswers, answer => Assert.Equal(HttpStatusCode.OK, answer.Status));

        var (activities, next) = await client.ActivitiesAsync(id, watermark);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Message], activities.Select(a => a.Type));
        // The user's own message comes back (Web Chat matches it to what it sent by channelData.clientActivityID).
        Assert.Equal(activityId, activities[0].Id);
        Assert.Equal("c1", activities[0].ChannelData?.GetProperty("clientActivityID").GetString());
        Assert.Equal("You said: how did CATL do?", activities[2].Text);
        Assert.Equal(activityId, activities[2].ReplyToId);
        Assert.Equal("Shenzhen +9% (stand-in)", (string?)activities[2].Attachments!.Single().Content!["body"]![1]!["text"]);
        Assert.Equal("4", next);
        Assert.Empty((await client.ActivitiesAsync(id, next)).Activities);
    }

    [Fact]
    public async Task PostActivity_BotAnswers500_Is502AndTheMessageIsNotInTheTranscript()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();

        using var posted = await client.PostAsync(id, """{"type":"message","text":"fail","from":{"id":"dl_u1"}}""");

        Assert.Equal(HttpStatusCode.BadGateway, posted.StatusCode);
        using var json = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        Assert.Equal("BotRejectedActivity", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal([StandInBot.Welcome], (await client.ActivitiesAsync(id)).Activities.Select(a => a.Text));
        Assert.Contains("chat: The bot at ", local.Output.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostActivity_NoBotListening_Is502BotError()
    {
        await using var local = await ChatHarness.StartAsync(new Uri($"http://127.0.0.1:{WebChatFetcherTests.ClosedPort()}/api/messages"));
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();

        using var posted = await client.PostAsync(id, """{"type":"message","text":"hello"}""");

        Assert.Equal(HttpStatusCode.BadGateway, posted.StatusCode);
        Assert.Contains("\"BotError\"", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "directline/conversations/nope/activities")]
    [InlineData("POST", "directline/conversations/nope/activities")]
    [InlineData("POST", "v3/conversations/nope/activities")]
    [InlineData("POST", "v3/conversations/nope/activities/nope%7C0000001")]
    public async Task AnyCall_UnknownConversation_Is404WithAnErrorBody(string method, string path)
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var http = new HttpClient { BaseAddress = local.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? DirectLineClient.Json("""{"type":"message","text":"hi"}""") : null,
        };

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ConversationNotFound", json.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("nope", json.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Received, a => a.Type == ActivityTypes.Message);
    }

    [Theory]
    [InlineData("directline/conversations/{0}/activities")]
    [InlineData("v3/conversations/{0}/activities")]
    public async Task Post_BodyOver256KB_Is413AndNothingIsKept(string path)
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();
        var huge = $$"""{"type":"message","text":"{{new string('x', 300 * 1024)}}"}""";

        using var response = await client.ConnectorAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, id), huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("MessageSizeTooBig", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([StandInBot.Welcome], (await client.ActivitiesAsync(id)).Activities.Select(a => a.Text));
        Assert.DoesNotContain(bot.Received, a => a.Type == ActivityTypes.Message);
    }

    [Fact]
    public async Task Post_NotAnActivity_Is400BadArgument()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();

        using var response = await client.PostAsync(id, "[1, 2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("BadArgument", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connector_ProactiveSendAndTyping_AreStoredFromTheBot()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();
        var (_, watermark) = await client.ActivitiesAsync(id);

        using var typing = await client.ConnectorAsync($"v3/conversations/{id}/activities", """{"type":"typing","from":{"id":"someone-else"}}""");
        using var digest = await client.ConnectorAsync($"v3/conversations/{id}/activities", """{"type":"message","text":"Today's digest"}""");

        Assert.Equal(HttpStatusCode.OK, digest.StatusCode);
        using var json = JsonDocument.Parse(await digest.Content.ReadAsStringAsync());
        var (activities, _) = await client.ActivitiesAsync(id, watermark);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], activities.Select(a => a.Type));
        Assert.All(activities, a => Assert.Equal(ChatChannel.BotAccount, a.From));
        Assert.Equal(json.RootElement.GetProperty("id").GetString(), activities[1].Id);
    }

    [Fact]
    public async Task GetActivities_EmptyWatermark_IsTheWholeTranscript()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();

        var (activities, watermark) = await client.ActivitiesAsync(id, "");

        Assert.Equal([StandInBot.Welcome], activities.Select(a => a.Text));
        Assert.Equal("1", watermark);
    }

    [Fact]
    public async Task GetActivities_BadWatermark_Is400()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);
        using var client = new DirectLineClient(local.BaseAddress);
        var id = await client.StartConversationAsync();

        using var response = await client.GetAsync(id, "abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
