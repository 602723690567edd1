using System.Net;
using Recaps.Functions.Tests.Handler;

namespace Recaps.Functions.Tests.Bot;

/// <summary>The DailyDigest function delivering the recorded digest to a conversation that subscribed in chat.</summary>
public sealed class DigestDeliveryTests
{
    [Fact]
    public async Task DailyDigest_SubscribedConversation_GetsTheDigestAtItsTimeOnce()
    {
        await using var bot = await BotHarness.DevelopmentAsync();
        using var subscribed = await bot.PostAsync(bot.Message("subscribe 17:00 Asia/Hong_Kong", conversation: "digest-reader"));
        Assert.Equal(HttpStatusCode.OK, subscribed.StatusCode);
        var before = bot.Channel.Accepted.Count;

        // 18:00 in Hong Kong: subscribed after today's 17:00, so the first delivery is tomorrow's.
        var recorded = await bot.Handler.InvokeAsync("DailyDigest", Envelopes.MonitoredTimer);
        bot.Handler.Clock.Now = HandlerHarness.Now.AddHours(23);
        var due = await bot.Handler.InvokeAsync("DailyDigest", Envelopes.MonitoredTimer);
        var again = await bot.Handler.InvokeAsync("DailyDigest", Envelopes.MonitoredTimer);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (recorded.Status, due.Status, again.Status));
        Assert.Equal(("0", "1", "0"), (recorded.ReturnValue.GetProperty("delivery").GetProperty("sent").GetRawText(),
            due.ReturnValue.GetProperty("delivery").GetProperty("sent").GetRawText(), again.ReturnValue.GetProperty("delivery").GetProperty("sent").GetRawText()));
        var digest = Assert.Single(bot.Channel.Accepted.Skip(before)).Activity;
        Assert.Equal("digest-reader", digest.Conversation?.Id);
        Assert.Null(digest.ReplyToId);
        Assert.Contains("Hong Kong close, Wed 4 Jun 2025", digest.Text, StringComparison.Ordinal);
    }
}
