using Recaps.Bot.Subscriptions;
using Recaps.Core.Digest;

namespace Recaps.Bot.Tests.Conversations;

public sealed class RecapBotCommandTests
{
    [Fact]
    public async Task OnTurnAsync_Help_GivesExamplesAndTheCommands()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var reply = Assert.Single(await harness.SayAsync("HELP"));

        var texts = Inbound.CardTexts(reply);
        Assert.Contains(texts, t => t.Contains("why did Smoore jump?", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("subscribe \\[HH:mm\\] \\[time zone\\]", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("The latest session I know is Hong Kong, Wed 4 Jun 2025", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnTurnAsync_SubscribeWithTimeAndZone_StoresItAndConfirmsExactly()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var activity = Inbound.Message("subscribe 07:30 Europe/London");

        var replies = await harness.Bot.OnTurnAsync(activity, CancellationToken.None);

        Assert.StartsWith("Subscribed: the daily digest at 07:30 (Europe/London): ", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("\"unsubscribe\"", replies[^1].Text, StringComparison.Ordinal);
        var stored = await new SubscriptionStore(harness.Tables).GetAsync(ConversationKey.Of("webchat", "conv-1"));
        Assert.NotNull(stored);
        Assert.Equal((new TimeOnly(7, 30), "Europe/London"), (stored.DeliverAt, stored.TimeZone));
        Assert.Equal(("https://channel.example/", "conv-1", Inbound.BotId), (stored.Reference.ServiceUrl, stored.Reference.Conversation?.Id, stored.Reference.Bot?.Id));
        Assert.Equal(BotHarness.Now, stored.SubscribedAt);
    }

    [Fact]
    public async Task OnTurnAsync_SubscribeAlone_UsesNineInTheChannelsTimeZone()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var activity = Inbound.Message("subscribe") with { LocalTimezone = "Asia/Hong_Kong" };

        var replies = await harness.Bot.OnTurnAsync(activity, CancellationToken.None);

        Assert.StartsWith("Subscribed: the daily digest at 09:00 (Asia/Hong_Kong): ", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_SubscribeWithoutAZoneTheChannelKnows_UsesUtc()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var activity = Inbound.Message("Subscribe 8:15pm") with { LocalTimezone = "Not/A_Zone" };

        var replies = await harness.Bot.OnTurnAsync(activity, CancellationToken.None);

        Assert.StartsWith("Subscribed: the daily digest at 20:15 (UTC): ", replies[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_SubscribeAgainWithAnOffset_ReplacesAndSaysWhatItWas()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        await harness.SayAsync("subscribe 07:30 HKT");

        var reply = Assert.Single(await harness.SayAsync("subscribe 06:00 UTC+8"));

        Assert.StartsWith("Subscribed: the daily digest at 06:00 (UTC+08:00): ", reply.Text, StringComparison.Ordinal);
        Assert.Contains("(It was 07:30 (Asia/Hong_Kong) before.)", reply.Text, StringComparison.Ordinal);
        var stored = await new SubscriptionStore(harness.Tables).GetAsync(ConversationKey.Of("webchat", "conv-1"));
        Assert.Equal("Etc/GMT-8", stored?.TimeZone);
    }

    [Theory]
    [InlineData("subscribe 25:00", "couldn't read that time")]
    [InlineData("subscribe 9:7 UTC", "couldn't read that time")]
    [InlineData("subscribe 09:00 Mars/Olympus", "don't know that time zone")]
    [InlineData("subscribe 09:00 CST", "don't know that time zone")]
    [InlineData("subscribe 09:00 +05:30", "whole hours")]
    public async Task OnTurnAsync_SubscribeWithABadTimeOrZone_ExplainsAndStoresNothing(string message, string expected)
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var replies = await harness.SayAsync(message);

        Assert.Contains(expected, replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains("subscribe 08:30 Asia/", replies[^1].Text, StringComparison.Ordinal);
        Assert.Empty(await new SubscriptionStore(harness.Tables).ListAsync());
    }

    [Fact]
    public async Task OnTurnAsync_UnsubscribeTwice_SaysWhetherThereWasOne()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        await harness.SayAsync("subscribe");

        var first = await harness.SayAsync("unsubscribe");
        var second = await harness.SayAsync("Unsubscribe.");

        Assert.StartsWith("Unsubscribed:", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.StartsWith("There was no digest subscription here", Assert.Single(second).Text, StringComparison.Ordinal);
        Assert.Empty(await new SubscriptionStore(harness.Tables).ListAsync());
    }

    [Fact]
    public async Task OnTurnAsync_DigestBeforeAnyIsRecorded_ComposesTheLatestSession()
    {
        using var harness = await BotHarness.WithSamplesAsync();

        var reply = (await harness.SayAsync("digest", "telegram"))[^1];

        Assert.StartsWith("The digest of the latest session, Wed 4 Jun 2025:\nHong Kong close, Wed 4 Jun 2025", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Smoore International", reply.Text, StringComparison.Ordinal);
        Assert.EndsWith("Say \"subscribe\" to get it here every day.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_DigestWhenOneIsRecorded_ShowsTheRecordedOneAsACard()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        await new DigestLog(harness.Tables).RecordAsync(new DigestRecord(new DateOnly(2025, 6, 4), "Hong Kong close, Wed 4 Jun 2025\nIndices:\n  Hang Seng: +1%", ["HK"], BotHarness.Now));
        await harness.SayAsync("subscribe 08:00 Asia/Hong_Kong");

        var reply = Assert.Single(await harness.SayAsync("digest"));

        var texts = Inbound.CardTexts(reply);
        Assert.Equal("The latest digest, for the session of Wed 4 Jun 2025:", texts[0]);
        Assert.Contains("\u2022 Hang Seng: +1%", texts);
        Assert.Equal("You get it here daily at 08:00 (Asia/Hong\\_Kong).", texts[^1]);
        Assert.Contains("Hang Seng: +1%", (string?)reply.Attachments![0].Content!["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnTurnAsync_DigestWithNothingStored_SaysSo()
    {
        using var harness = new BotHarness();

        var reply = (await harness.SayAsync("digest", "sms"))[^1];

        Assert.Equal("No recaps are stored yet, so there is no digest to show.", reply.Text);
    }
}
