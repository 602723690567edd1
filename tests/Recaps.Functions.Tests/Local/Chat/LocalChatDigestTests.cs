namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>The whole loop on one machine: subscribe in the local chat, and the DailyDigest timer delivers there.</summary>
public sealed class LocalChatDigestTests
{
    [Fact]
    public async Task DailyDigestTimer_ChatSubscribedForNine_DigestArrivesInTheChatAtNineOnce()
    {
        await using var local = await LocalRunHarness.StartAsync();
        using var client = new DirectLineClient(local.BaseAddress);
        var conversation = await client.StartConversationAsync("""{"user":{"id":"user-1"}}""");
        using (var subscribed = await client.PostAsync(conversation, """{"type":"message","from":{"id":"user-1"},"text":"subscribe 09:00 UTC"}"""))
        {
            subscribed.EnsureSuccessStatusCode();
        }

        // 08:05: the timer records the digest of the latest session; the subscription's time has not come.
        local.Clock.JumpTo(LocalRunHarness.Start.AddMinutes(5).AddSeconds(1));
        await Eventually.TrueAsync(() => local.Output.Text.Contains("DailyDigest: the digest of 2025-06-04 (recorded now)", StringComparison.Ordinal), "the digest recorded at 08:05");
        Assert.DoesNotContain(Texts(await client.ActivitiesAsync(conversation)), t => t.StartsWith("Market digest", StringComparison.Ordinal));

        // 09:00: it is due, and goes to the chat. The page polls all along (an idle conversation ends after 30 minutes).
        foreach (var minutes in new[] { 25, 45 })
        {
            local.Clock.JumpTo(LocalRunHarness.Start.AddMinutes(minutes));
            await client.ActivitiesAsync(conversation);
        }
        local.Clock.JumpTo(LocalRunHarness.Start.AddHours(1).AddSeconds(1));
        await Eventually.TrueAsync(async () => Texts(await client.ActivitiesAsync(conversation)).Any(t => t.StartsWith("Market digest for Wed 4 Jun 2025", StringComparison.Ordinal)), "the digest in the chat");
        // Another run, as the host would invoke it: nothing new to send.
        using var http = new HttpClient { BaseAddress = local.BaseAddress };
        using var timer = new StringContent("""{"Data":{"timer":{"IsPastDue":false,"ScheduleStatus":null}}}""", System.Text.Encoding.UTF8, "application/json");
        using var again = await http.PostAsync(new Uri("/DailyDigest", UriKind.Relative), timer);
        using var envelope = System.Text.Json.JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        var delivery = envelope.RootElement.GetProperty("ReturnValue").GetProperty("delivery");
        Assert.Equal((0, 1), (delivery.GetProperty("sent").GetInt32(), delivery.GetProperty("alreadyDelivered").GetInt32()));

        var digests = Texts(await client.ActivitiesAsync(conversation)).Where(t => t.StartsWith("Market digest", StringComparison.Ordinal)).ToList();
        var digest = Assert.Single(digests);
        Assert.Contains("Hang Seng Index: +0.6%, +141 points, at 23,654", digest, StringComparison.Ordinal);
        Assert.Contains("DailyDigest: the digest of 2025-06-04, sent to 1 subscribed conversation", local.Output.Text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts((IReadOnlyList<Recaps.Bot.Protocol.Activity> Activities, string Watermark) set) =>
        set.Activities.Select(a => a.Text ?? "");
}
