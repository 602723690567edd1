using Recaps.Bot.Connector;
using Recaps.Bot.Delivery;
using Recaps.Bot.Tests.Connector;

namespace Recaps.Bot.Tests.Delivery;

public sealed class DigestDeliveryTests
{
    private static readonly DateTimeOffset Composed = DeliveryStack.Digest.ComposedAt;

    [Fact]
    public async Task DeliverAsync_SubscriptionsInFourTimeZones_DeliversEachOnceAtItsLocalTime()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var clock = new TestClock(Composed.AddMinutes(-1));
        using var stack = DeliveryStack.Create(clock);
        await stack.SubscribeAsync(connector.ServiceUrl, "utc", "09:00", "UTC");             // 09:00Z, the moment it is composed
        await stack.SubscribeAsync(connector.ServiceUrl, "hk", "18:00", "Asia/Hong_Kong");    // 10:00Z
        await stack.SubscribeAsync(connector.ServiceUrl, "ny", "07:30", "America/New_York");  // 11:30Z
        await stack.SubscribeAsync(connector.ServiceUrl, "ldn", "08:00", "Europe/London");    // 07:00Z had passed: next day

        var beforeComposed = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = Composed;
        var atNine = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = Composed.AddMinutes(59);
        var beforeHongKong = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = Composed.AddHours(1);
        var atTen = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = new DateTimeOffset(2025, 5, 21, 11, 30, 0, TimeSpan.Zero);
        var midday = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = new DateTimeOffset(2025, 5, 22, 7, 0, 0, TimeSpan.Zero);
        var nextMorning = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        var again = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(new DeliverySummary(0, 0, 0, 4, 0, 0, 0, 0), beforeComposed);
        Assert.Equal(new DeliverySummary(1, 1, 0, 3, 0, 0, 0, 0), atNine);
        Assert.Equal(new DeliverySummary(0, 0, 1, 3, 0, 0, 0, 0), beforeHongKong);
        Assert.Equal(new DeliverySummary(1, 1, 1, 2, 0, 0, 0, 0), atTen);
        Assert.Equal(new DeliverySummary(1, 1, 2, 1, 0, 0, 0, 0), midday);
        Assert.Equal(new DeliverySummary(1, 1, 3, 0, 0, 0, 0, 0), nextMorning);
        Assert.Equal(new DeliverySummary(0, 0, 4, 0, 0, 0, 0, 0), again);
        Assert.Equal(["conv-utc", "conv-hk", "conv-ny", "conv-ldn"], connector.Accepted.Select(r => r.Activity.Conversation?.Id));
    }

    [Fact]
    public async Task DeliverAsync_DueSubscription_SendsATitledPlainTextMessageFromTheBotToTheUser()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        using var stack = DeliveryStack.Create(new TestClock(Composed.AddHours(1)));
        await stack.SubscribeAsync(connector.ServiceUrl, "ada", "09:30", "UTC");

        await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        var request = Assert.Single(connector.Requests);
        Assert.Equal("/emea/v3/conversations/conv-ada/activities", request.Path);
        Assert.Equal("message", request.Activity.Type);
        Assert.Equal("recaps-bot", request.Activity.From?.Id);
        Assert.Equal("user-ada", request.Activity.Recipient?.Id);
        Assert.Equal("webchat", request.Activity.ChannelId);
        Assert.Equal("plain", request.Activity.TextFormat);
        Assert.Null(request.Activity.ReplyToId);
        Assert.Equal("Market digest for Wed 21 May 2025\n\nHong Kong\n  Hang Seng 23,827.78 +1.5%", request.Activity.Text);
    }

    [Fact]
    public async Task DeliverAsync_SubscribedAfterTodaysDeliveryTime_WaitsForTheNextDay()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2025, 5, 21, 10, 30, 0, TimeSpan.Zero));
        using var stack = DeliveryStack.Create(clock);
        await stack.SubscribeAsync(connector.ServiceUrl, "late", "18:00", "Asia/Hong_Kong", subscribedAt: clock.Now.AddMinutes(-5));

        var sameDay = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = new DateTimeOffset(2025, 5, 22, 10, 0, 0, TimeSpan.Zero);
        var nextDay = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(1, sameDay.NotYetDue);
        Assert.Equal(1, nextDay.Sent);
        Assert.Single(connector.Accepted);
    }

    [Fact]
    public async Task DeliverAsync_UnknownTimeZone_DeliversOnUtc()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var clock = new TestClock(new DateTimeOffset(2025, 5, 21, 9, 59, 0, TimeSpan.Zero));
        using var stack = DeliveryStack.Create(clock);
        await stack.SubscribeAsync(connector.ServiceUrl, "mars", "10:00", "Mars/Olympus_Mons");

        var before = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(1);
        var at = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(1, before.NotYetDue);
        Assert.Equal(1, at.Sent);
    }

    [Fact]
    public async Task DeliverAsync_ListenerFailsAfterTwoSends_NewInstanceDeliversTheRestAndNothingTwice()
    {
        var healthy = false;
        var accepted = 0;
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            Volatile.Read(ref healthy) || Interlocked.Increment(ref accepted) <= 2 ? StandInReply.Ok("1") : new StandInReply(500)));
        var clock = new TestClock(Composed.AddHours(3));
        using var first = DeliveryStack.Create(clock);
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await first.SubscribeAsync(connector.ServiceUrl, name, "09:00", "UTC");
        }

        var crashed = await first.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        Volatile.Write(ref healthy, true);
        using var restarted = first.Reopen(clock);
        var resumed = await restarted.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(new DeliverySummary(5, 2, 0, 0, 0, 0, 3, 0), crashed);
        Assert.Equal(new DeliverySummary(3, 3, 2, 0, 0, 0, 0, 0), resumed);
        var conversations = connector.Accepted.Select(r => r.Activity.Conversation?.Id).ToList();
        Assert.Equal(5, conversations.Count);
        Assert.Equal(5, conversations.Distinct().Count());
    }

    [Fact]
    public async Task DeliverAsync_CancelledMidSend_NewInstanceFinishesAfterTheLeaseWithoutDuplicates()
    {
        using var cancel = new CancellationTokenSource();
        var hung = 0;
        ConnectorStandIn? connector = null;
        connector = await ConnectorStandIn.StartAsync(async (_, aborted) =>
        {
            if (connector!.Accepted.Count == 2 && Interlocked.Exchange(ref hung, 1) == 0)
            {
                // The third send never gets an answer: the instance is stopped while it waits.
                await cancel.CancelAsync();
                await Task.Delay(Timeout.Infinite, aborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return new StandInReply(500);
            }
            return StandInReply.Ok("1");
        });
        await using var _ = connector;
        var clock = new TestClock(Composed.AddHours(3));
        var oneAtATime = new DeliveryOptions { MaxConcurrency = 1 };
        using var first = DeliveryStack.Create(clock, oneAtATime);
        foreach (var name in new[] { "a", "b", "c", "d", "e" })
        {
            await first.SubscribeAsync(connector.ServiceUrl, name, "09:00", "UTC");
        }

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.Delivery.DeliverAsync(DeliveryStack.Digest, cancel.Token));
        using var restarted = first.Reopen(clock, oneAtATime);
        var whileLeased = await restarted.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = clock.Now + oneAtATime.Lease + TimeSpan.FromSeconds(1);
        var afterLease = await restarted.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(new DeliverySummary(3, 2, 2, 0, 1, 0, 0, 0), whileLeased);
        Assert.Equal(new DeliverySummary(1, 1, 4, 0, 0, 0, 0, 0), afterLease);
        var conversations = connector.Accepted.Select(r => r.Activity.Conversation?.Id).ToList();
        Assert.Equal(5, conversations.Count);
        Assert.Equal(5, conversations.Distinct().Count());
    }

    [Fact]
    public async Task DeliverAsync_429WithRetryAfter_LeavesItUntilRetryAfterThenDelivers()
    {
        var calls = 0;
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            Interlocked.Increment(ref calls) == 1 ? new StandInReply(429, RetryAfter: "120") : StandInReply.Ok("1")));
        var clock = new TestClock(Composed.AddHours(1));
        using var stack = DeliveryStack.Create(clock);
        await stack.SubscribeAsync(connector.ServiceUrl, "busy", "09:00", "UTC");

        var throttled = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(1);
        var tooSoon = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(2);
        var later = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(1, throttled.RetryLater);
        Assert.Equal(1, tooSoon.RetryLater);
        Assert.Equal(1, later.Sent);
        Assert.Equal(2, connector.Requests.Count);
        Assert.Single(connector.Accepted);
    }

    [Fact]
    public async Task DeliverAsync_404ConversationGone_UnsubscribesAndStopsSending()
    {
        await using var connector = await ConnectorStandIn.StartAsync((_, _) => Task.FromResult(
            new StandInReply(404, """{"error":{"code":"ConversationNotFound","message":"Conversation not found."}}""")));
        using var stack = DeliveryStack.Create(new TestClock(Composed.AddHours(1)));
        var key = await stack.SubscribeAsync(connector.ServiceUrl, "gone", "09:00", "UTC");

        var first = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);
        var second = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(1, first.Unsubscribed);
        Assert.Null(await stack.Subscriptions.GetAsync(key));
        Assert.Equal(new DeliverySummary(0, 0, 0, 0, 0, 0, 0, 0), second);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task DeliverAsync_ServiceUrlNotOnAllowList_SkipsWithoutSendingOrAskingForAToken()
    {
        await using var connector = await ConnectorStandIn.StartAsync();
        var tokens = new FakeTokens("token-1");
        var production = new TrustedServiceUrls(new BotSettings { AppId = "app", AppPassword = "secret", TenantId = "tenant-1" });
        // Even a URL this instance trusts for replies is not enough for a stored reference.
        production.Trust(connector.ServiceUrl);
        using var stack = DeliveryStack.Create(new TestClock(Composed.AddHours(1)), trust: production, tokens: tokens);
        await stack.SubscribeAsync(connector.ServiceUrl, "local", "09:00", "UTC");
        await stack.SubscribeAsync("https://connector.evil.example/", "evil", "09:00", "UTC");

        var summary = await stack.Delivery.DeliverAsync(DeliveryStack.Digest, CancellationToken.None);

        Assert.Equal(new DeliverySummary(2, 0, 0, 0, 0, 0, 0, 2), summary);
        Assert.Empty(connector.Requests);
        Assert.Equal(0, tokens.Calls);
    }
}
