using Recaps.Bot.Conversations;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Conversations;

public sealed class ActivityCheckTests
{
    [Fact]
    public void Problem_CompleteMessage_IsNull()
    {
        Assert.Null(ActivityCheck.Problem(Inbound.Message("hi")));
    }

    [Fact]
    public void Problem_MissingType_SaysSo()
    {
        Assert.Equal("The activity has no type.", ActivityCheck.Problem(Inbound.Message("hi") with { Type = null }));
    }

    [Fact]
    public void Problem_MessageWithoutConversationId_NamesIt()
    {
        Assert.Equal("A message activity needs conversation.id.", ActivityCheck.Problem(Inbound.Message("hi") with { Conversation = new ConversationAccount() }));
    }

    [Fact]
    public void Problem_MessageWithoutConversation_NamesIt()
    {
        Assert.Equal("A message activity needs conversation.id.", ActivityCheck.Problem(Inbound.Message("hi") with { Conversation = null }));
    }

    [Theory]
    [InlineData(null, "A message activity needs a serviceUrl.")]
    [InlineData("", "A message activity needs a serviceUrl.")]
    [InlineData("/v3/conversations", "The serviceUrl is not an absolute http(s) URL.")]
    [InlineData("file:///etc/passwd", "The serviceUrl is not an absolute http(s) URL.")]
    public void Problem_MessageWithBadServiceUrl_NamesIt(string? serviceUrl, string expected)
    {
        Assert.Equal(expected, ActivityCheck.Problem(Inbound.Message("hi") with { ServiceUrl = serviceUrl }));
    }

    [Fact]
    public void Problem_MessageWithoutFrom_NamesIt()
    {
        Assert.Equal("A message activity needs from.id.", ActivityCheck.Problem(Inbound.Message("hi") with { From = null }));
    }

    [Fact]
    public void Problem_ConversationUpdateWithoutChannel_NamesIt()
    {
        Assert.Equal("A conversationUpdate activity needs a channelId.", ActivityCheck.Problem(Inbound.MembersAdded("u") with { ChannelId = null }));
    }

    [Fact]
    public void Problem_TypingWithoutConversation_IsNullSinceItIsIgnored()
    {
        Assert.Null(ActivityCheck.Problem(new Activity { Type = ActivityTypes.Typing }));
    }
}
