using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Conversations;

public sealed class RecapBotWelcomeTests
{
    [Fact]
    public async Task OnTurnAsync_ConversationUpdateAddingTheUser_WelcomesWithExamplesOnce()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var replies = await harness.Bot.OnTurnAsync(Inbound.MembersAdded(Inbound.BotId, Inbound.UserId), CancellationToken.None);
        var again = await harness.Bot.OnTurnAsync(Inbound.MembersAdded("user-2"), CancellationToken.None);

        var welcome = Assert.Single(replies);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal((Inbound.UserId, Inbound.BotId, "conv-1"), (welcome.Recipient?.Id, welcome.From?.Id, welcome.Conversation?.Id));
        Assert.Contains("cites its source recap", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("subscribe", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(["how did CATL do?", "top gainers yesterday", "why did Smoore jump?", "how was the market?"], Inbound.Suggested(welcome));
        Assert.Equal(("acceptingInput", "en-GB"), (welcome.InputHint, welcome.Locale));
        Assert.Empty(again);
    }

    [Fact]
    public async Task OnTurnAsync_ConversationUpdateAddingOnlyTheBot_SendsNothing()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var replies = await harness.Bot.OnTurnAsync(Inbound.MembersAdded(Inbound.BotId), CancellationToken.None);

        Assert.Empty(replies);
    }

    [Fact]
    public async Task OnTurnAsync_FirstMessageOfAnUnwelcomedConversation_WelcomesThenAnswers()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var first = await harness.SayAsync("how did CATL do?");
        var second = await harness.SayAsync("how did CATL do?");

        Assert.Equal(2, first.Count);
        Assert.StartsWith("Hi, I'm Market Recaps.", first[0].Text, StringComparison.Ordinal);
        Assert.Contains("+9%", Inbound.Visible(first[1]), StringComparison.Ordinal);
        Assert.Single(second);
    }

    [Fact]
    public async Task OnTurnAsync_FirstMessageIsHello_WelcomesOnlyOnce()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var replies = await harness.SayAsync("Hello!");

        Assert.StartsWith("Hi, I'm Market Recaps.", Assert.Single(replies).Text, StringComparison.Ordinal);
    }
}
