using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recaps.Bot;
using Recaps.Bot.Tests.Connector;

namespace Recaps.Functions.Tests.Bot;

/// <summary>
/// POST /api/messages through the handler app, as Azure Bot Service (or the local chat) calls it, with a real
/// listener standing in for the channel's connector that the replies go to.
/// </summary>
public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Messages_QuestionInDevelopmentMode_AnswerCardReachesTheChannel()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var message = bot.Message("how did CATL do?");

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = bot.Channel.Accepted.Where(r => r.Activity.Type == "message").ToList();
        var answer = Assert.Single(replies, r => r.Activity.Attachments is { Count: > 0 });
        Assert.Equal($"/emea/v3/conversations/conv-1/activities/{message["id"]}", answer.Path);
        Assert.Null(answer.Authorization);
        var card = CardText.Of(answer.Activity.Attachments![0].Content);
        Assert.Contains("+9%", card, StringComparison.Ordinal);
        Assert.Contains("+10.2%", card, StringComparison.Ordinal);
        Assert.Contains("seed-2025-05-21.txt", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_FollowUp_AnsweredFromTheStoredContext()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        using var first = await bot.PostAsync(bot.Message("how did CATL do?"));

        using var response = await bot.PostAsync(bot.Message("why?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var why = CardText.Of(bot.Channel.Accepted.Last().Activity.Attachments![0].Content);
        Assert.Contains("CATL", why, StringComparison.Ordinal);
        Assert.Contains("debut surge", why, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ValidBotConnectorToken_ReplyCarriesTheBotsToken()
    {
        await using var bot = await BotHarness.ConfiguredAsync();

        using var response = await bot.PostAsync(bot.Message("help"), bot.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(bot.Channel.Accepted);
        Assert.All(bot.Channel.Accepted, r => Assert.Equal("Bearer " + BotHarness.BotToken, r.Authorization));
    }

    [Fact]
    public async Task Messages_ConfiguredBotWithoutToken_Is401AndNothingIsProcessed()
    {
        await using var bot = await BotHarness.ConfiguredAsync();

        using var response = await bot.PostAsync(bot.Message("how did CATL do?"));

        await AssertRejectedAsync(bot, response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Messages_TokenForAnotherBot_Is401AndNothingIsProcessed()
    {
        await using var bot = await BotHarness.ConfiguredAsync();

        using var response = await bot.PostAsync(bot.Message("how did CATL do?"), bot.Token(t => t with { Audience = "another-bot" }));

        await AssertRejectedAsync(bot, response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Messages_TokenIssuedForAnotherServiceUrl_Is401AndNothingIsSentThere()
    {
        await using var bot = await BotHarness.ConfiguredAsync();
        var message = bot.Message("how did CATL do?");
        var token = bot.Token(t => t with { ServiceUrl = "https://smba.trafficmanager.net/emea/" });

        using var response = await bot.PostAsync(message, token);

        await AssertRejectedAsync(bot, response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Messages_MetadataUnreachable_Is503SoTheChannelRetries()
    {
        await using var bot = await BotHarness.ConfiguredAsync();
        bot.OpenId!.Down = true;

        using var response = await bot.PostAsync(bot.Message("how did CATL do?"), bot.Token());

        await AssertRejectedAsync(bot, response, HttpStatusCode.ServiceUnavailable);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    [InlineData("""{"type": "message", "from": "not an account"}""")]
    public async Task Messages_BodyIsNotAnActivity_Is400WithAReason(string body)
    {
        await using var bot = await BotHarness.DevelopmentAsync();

        using var response = await bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BadArgument", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Empty(bot.Channel.Requests);
    }

    [Fact]
    public async Task Messages_MessageWithoutConversation_Is400NamingIt()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var message = bot.Message("how did CATL do?");
        message.Remove("conversation");

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conversation", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(bot.Channel.Requests);
    }

    [Fact]
    public async Task Messages_BodyOverTheLimit_Is413()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var message = bot.Message(new string('x', 600 * 1024));

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(bot.Channel.Requests);
    }

    [Fact]
    public async Task Messages_HugeQuestionWithinTheLimit_PoliteReplyNotAnError()
    {
        await using var bot = await BotHarness.DevelopmentAsync();

        using var response = await bot.PostAsync(bot.Message(string.Concat(Enumerable.Repeat("how did CATL do? ", 2000))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.Channel.Accepted, r => r.Activity.Text?.Contains("one question at a time", StringComparison.OrdinalIgnoreCase) == true);
    }

    [Fact]
    public async Task Messages_UnknownActivityType_Is200WithoutReply()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var activity = bot.Message("ignored");
        activity["type"] = "somethingNew";
        activity["futureField"] = new JsonObject { ["x"] = 1 };

        using var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bot.Channel.Requests);
    }

    [Fact]
    public async Task Messages_ResentActivity_AnsweredOnce()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var message = bot.Message("help", id: "resent-1");

        using var first = await bot.PostAsync(message);
        var afterFirst = bot.Channel.Accepted.Count;
        using var second = await bot.PostAsync(message);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, bot.Channel.Accepted.Count);
    }

    [Fact]
    public async Task Messages_ExpectReplies_RepliesComeInTheResponseBody()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        var message = bot.Message("how did CATL do?");
        message["deliveryMode"] = "expectReplies";

        using var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("+10.2%", CardText.Of(body?["activities"]), StringComparison.Ordinal);
        Assert.Empty(bot.Channel.Requests);
    }

    [Fact]
    public async Task Messages_ChannelRefusesTheReply_Is502WithoutExceptionText()
    {
        await using var bot = await BotHarness.DevelopmentAsync((_, _) => Task.FromResult(new StandInReply(400, """{"error":{"code":"BadSyntax","message":"no"}}""")));

        using var response = await bot.PostAsync(bot.Message("help"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messages_ChannelRefusedTheReplyThenReSends_AnsweredTheSecondTime()
    {
        var refuse = 1;
        await using var bot = await BotHarness.DevelopmentAsync((_, _) => Task.FromResult(Interlocked.Exchange(ref refuse, 0) == 1
            ? new StandInReply(400, """{"error":{"code":"BadSyntax","message":"not now"}}""")
            : StandInReply.Ok("accepted")));
        var message = bot.Message("how did CATL do?", id: "resent-after-502");

        using var first = await bot.PostAsync(message);
        using var resent = await bot.PostAsync(message);

        Assert.Equal((HttpStatusCode.BadGateway, HttpStatusCode.OK), (first.StatusCode, resent.StatusCode));
        Assert.Contains(bot.Channel.Accepted, r => r.Activity.ReplyToId == "resent-after-502" && r.Activity.Attachments is { Count: > 0 });
    }

    private static async Task AssertRejectedAsync(BotHarness bot, HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Empty(bot.Channel.Requests);
        Assert.Equal(0, await bot.RowsAsync(BotTables.Activities));
        Assert.Equal(0, await bot.RowsAsync(BotTables.Conversations));
    }
}
