using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Conversations;

public sealed class RecapBotQuestionTests
{
    [Fact]
    public async Task OnTurnAsync_HowDidCatlDoOnWebChat_AnswersWithACardCitingTheRecap()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.SayAsync("how did CATL do?"));

        var attachment = Assert.Single(reply.Attachments ?? []);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        var texts = Inbound.CardTexts(reply);
        Assert.Contains("+9%", texts);
        Assert.Contains("+10.2%", texts);
        Assert.Contains(texts, t => t.StartsWith("Source: recap seed-2025-05-21.txt, received 2025-06-04 10:00 UTC", StringComparison.Ordinal));
        Assert.Contains("Session: Wed 21 May 2025", texts);
        Assert.Null(reply.Text);
        Assert.StartsWith("CATL, Wed 21 May 2025", reply.Summary, StringComparison.Ordinal);
        Assert.Equal(["how has CATL done this week?", "top gainers in Hong Kong"], Inbound.Suggested(reply));
    }

    [Fact]
    public async Task OnTurnAsync_HowDidCatlDoOverSms_AnswersInPlainText()
    {
        using var harness = await Welcomed("sms");

        var reply = Assert.Single(await harness.SayAsync("how did CATL do?", "sms"));

        Assert.Null(reply.Attachments);
        Assert.Equal("plain", reply.TextFormat);
        Assert.Contains("(CATL, Hong Kong): +9%", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(CATL, Shenzhen): +10.2%", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Source: from recap seed-2025-05-21.txt", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_AndYesterdayAfterCatl_AnswersAboutCatlAgain()
    {
        using var harness = await Welcomed();
        await harness.SayAsync("how did CATL do?");

        var reply = Assert.Single(await harness.SayAsync("and yesterday?"));

        // Yesterday (3 June) had no session; the answer says so and gives CATL's latest before it.
        Assert.StartsWith("Contemporary Amperex Technology Co Ltd, Wed 21 May 2025", reply.Summary, StringComparison.Ordinal);
        Assert.Contains("+10.2%", Inbound.CardTexts(reply));
    }

    [Fact]
    public async Task OnTurnAsync_FollowUpThroughAnotherInstance_UsesTheContextInTheTable()
    {
        using var harness = await Welcomed();
        await harness.SayAsync("how did CATL do?");
        var otherInstance = harness.NewBot();

        var reply = Assert.Single(await otherInstance.OnTurnAsync(Inbound.Message("and yesterday?"), CancellationToken.None));
        var elsewhere = (await otherInstance.OnTurnAsync(Inbound.Message("and yesterday?", conversation: "conv-2"), CancellationToken.None))[^1];

        Assert.StartsWith("Contemporary Amperex Technology Co Ltd, Wed 21 May 2025", reply.Summary, StringComparison.Ordinal);
        // Another conversation has no such context: its "and yesterday?" is not about CATL.
        Assert.NotNull(elsewhere.Summary);
        Assert.False(elsewhere.Summary.StartsWith("Contemporary Amperex", StringComparison.Ordinal), elsewhere.Summary);
    }

    [Fact]
    public async Task OnTurnAsync_WhyDidSmooreJump_GivesTheReasonAndHidesTheSourceSentence()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.SayAsync("why did Smoore jump?"));

        var card = Assert.Single(reply.Attachments!).Content!;
        Assert.Contains("why: strong earnings guidance", Inbound.CardTexts(reply));
        var evidence = Assert.Single(card.DescendantsOfType("Container"), c => (string?)c["id"] == "evidence");
        Assert.False((bool)evidence["isVisible"]!);
        Assert.Contains("Smoore International surged 12.1%", evidence.ToJsonString(), StringComparison.Ordinal);
        var toggle = Assert.Single(card.DescendantsOfType("Action.ToggleVisibility"));
        Assert.Equal("Show source sentence", (string?)toggle["title"]);
        Assert.Equal("evidence", (string?)toggle["targetElements"]![0]);
    }

    [Fact]
    public async Task OnTurnAsync_TeamsChannelMention_IsStrippedBeforeAsking()
    {
        using var harness = await Welcomed("msteams");
        var activity = Inbound.Message("<at>Recaps</at> how did CATL do?", "msteams") with
        {
            Entities = [new Entity { Type = Entity.MentionType, Mentioned = new ChannelAccount { Id = Inbound.BotId, Name = "Recaps" }, Text = "<at>Recaps</at>" }],
            Conversation = new ConversationAccount { Id = "conv-1", ConversationType = "channel", IsGroup = true },
        };

        var reply = Assert.Single(await harness.Bot.OnTurnAsync(activity, CancellationToken.None));

        Assert.Contains("+10.2%", Inbound.CardTexts(reply));
        // Teams channels show no suggested actions: the follow-ups are buttons in the card.
        Assert.Null(reply.SuggestedActions);
        var asks = Assert.Single(reply.Attachments!).Content!.DescendantsOfType("Action.Submit").ToList();
        Assert.Equal("how has CATL done this week?", (string?)asks[0]["data"]!["question"]);
    }

    [Fact]
    public async Task OnTurnAsync_CardButtonSubmit_AsksItsQuestion()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.Bot.OnTurnAsync(Inbound.Submit("why did Smoore jump?"), CancellationToken.None));

        Assert.Contains("why: strong earnings guidance", Inbound.CardTexts(reply));
    }

    [Fact]
    public async Task OnTurnAsync_UnknownNameWithMarkdown_IsEchoedEscapedInTheCard()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.SayAsync("how did *bold* [link](http://x) <b> do?"));

        // The answer service echoes what it could not find ("No recap mentions bold* [link](http."): literal in the card.
        var title = Inbound.CardTexts(reply)[0];
        Assert.StartsWith("No recap mentions bold\\* \\[link\\](http", title, StringComparison.Ordinal);
        Assert.StartsWith("No recap mentions bold* [link](http", reply.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_HugeText_AsksForOneQuestionWithoutAnswering()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.SayAsync("how did CATL do? " + new string('x', 2500)));

        Assert.Contains("one question at a time", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
    }

    [Fact]
    public async Task OnTurnAsync_EmptyText_GivesAShortHint()
    {
        using var harness = await Welcomed();

        var reply = Assert.Single(await harness.SayAsync("   "));

        Assert.Contains("how did CATL do?", reply.Text, StringComparison.Ordinal);
        Assert.Equal("plain", reply.TextFormat);
    }

    private static async Task<BotHarness> Welcomed(string channel = "webchat")
    {
        var harness = await BotHarness.WithSamplesAsync();
        await harness.Bot.OnTurnAsync(Inbound.MembersAdded(Inbound.UserId) with { ChannelId = channel }, CancellationToken.None);
        return harness;
    }
}
