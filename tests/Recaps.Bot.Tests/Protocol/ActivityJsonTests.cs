using System.Text;
using System.Text.Json;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Protocol;

public sealed class ActivityJsonTests
{
    [Fact]
    public void Read_TeamsMessageWithUnknownFields_KeepsWhatTheBotUses()
    {
        var json = """
            {
              "type": "message", "id": "1485983408511", "timestamp": "2026-11-26T08:30:00.123Z",
              "serviceUrl": "https://smba.trafficmanager.net/emea/", "channelId": "msteams",
              "from": { "id": "29:1abc", "name": "Ada", "aadObjectId": "6b1f", "someNewField": 1 },
              "recipient": { "id": "28:bot", "name": "Recaps" },
              "conversation": { "id": "a:1x;messageid=2", "conversationType": "channel", "tenantId": "t1", "isGroup": true },
              "text": "<at>Recaps</at> how did CATL do?",
              "entities": [ { "type": "mention", "mentioned": { "id": "28:bot", "name": "Recaps" }, "text": "<at>Recaps</at>" },
                            { "type": "clientInfo", "locale": "en-GB", "platform": "Web" } ],
              "channelData": { "tenant": { "id": "t1" } },
              "futureField": { "nested": [1, 2] }
            }
            """;

        var activity = ActivityJson.Read(Encoding.UTF8.GetBytes(json));

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("a:1x;messageid=2", activity.Conversation?.Id);
        Assert.Equal("channel", activity.Conversation?.ConversationType);
        Assert.Equal("28:bot", activity.Entities?[0].Mentioned?.Id);
        Assert.Equal("en-GB", activity.Entities?[1].Other?["locale"].GetString());
        Assert.Equal("t1", activity.ChannelData?.GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void Write_Reply_LeavesOutNullsAndUsesCamelCase()
    {
        var inbound = new Activity
        {
            Type = ActivityTypes.Message, Id = "7", ChannelId = "webchat", ServiceUrl = "http://127.0.0.1:7071/",
            From = new ChannelAccount { Id = "user1" }, Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "c1" },
        };
        var reply = inbound.CreateReply("hello") with
        {
            SuggestedActions = new SuggestedActions { Actions = [CardAction.Say("help")] },
        };

        using var written = JsonDocument.Parse(ActivityJson.Write(reply));

        var root = written.RootElement;
        Assert.Equal("7", root.GetProperty("replyToId").GetString());
        Assert.Equal("bot", root.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user1", root.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("help", root.GetProperty("suggestedActions").GetProperty("actions")[0].GetProperty("value").GetString());
        Assert.False(root.TryGetProperty("id", out _));
        Assert.False(root.TryGetProperty("attachments", out _));
    }

    [Fact]
    public void Read_BodyThatIsNotAnActivity_Throws()
    {
        Assert.Throws<JsonException>(() => ActivityJson.Read("null"u8));
        Assert.Throws<JsonException>(() => ActivityJson.Read("""{"type": "message", "from": "not an account"}"""u8));
        Assert.Throws<JsonException>(() => ActivityJson.Read("[1,2]"u8));
    }
}
