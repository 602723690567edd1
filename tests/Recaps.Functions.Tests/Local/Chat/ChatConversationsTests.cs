using Recaps.Bot.Protocol;
using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>The channel's memory: conversations expire when idle, are capped in number, and keep a bounded transcript.</summary>
public sealed class ChatConversationsTests
{
    private static readonly ChannelAccount User = new() { Id = "dl_u" };

    [Fact]
    public void Find_Idle30Minutes_IsGone()
    {
        var clock = new FakeTimeProvider(LocalRunHarness.Start);
        var conversations = new ChatConversations(new ChatOptions(), clock);
        var idle = conversations.Create(User);
        var active = conversations.Create(User);

        clock.Now += TimeSpan.FromMinutes(20);
        Assert.NotNull(conversations.Find(active.Id));
        clock.Now += TimeSpan.FromMinutes(10);

        Assert.Null(conversations.Find(idle.Id));
        Assert.NotNull(conversations.Find(active.Id));
    }

    [Fact]
    public void Create_AtTheCap_DropsTheLeastRecentlyUsed()
    {
        var clock = new FakeTimeProvider(LocalRunHarness.Start);
        var conversations = new ChatConversations(new ChatOptions { MaxConversations = 2 }, clock);
        var first = conversations.Create(User);
        clock.Now += TimeSpan.FromSeconds(1);
        var second = conversations.Create(User);
        clock.Now += TimeSpan.FromSeconds(1);
        conversations.Find(first.Id);

        var third = conversations.Create(User);

        Assert.Equal(2, conversations.Count);
        Assert.NotNull(conversations.Find(first.Id));
        Assert.Null(conversations.Find(second.Id));
        Assert.NotNull(conversations.Find(third.Id));
    }

    [Fact]
    public void Since_PastTheTranscriptCap_DropsTheOldestAndKeepsWatermarksValid()
    {
        var conversation = new ChatConversation("c", User, capacity: 3, LocalRunHarness.Start);
        for (var i = 0; i < 5; i++)
        {
            conversation.Add(id => new Activity { Id = id, Text = $"m{i}" });
        }

        var all = conversation.Since(0);
        var late = conversation.Since(4);

        Assert.Equal(["m2", "m3", "m4"], all.Activities.Select(a => a.Text));
        Assert.Equal("5", all.Watermark);
        Assert.Equal(["m4"], late.Activities.Select(a => a.Text));
        Assert.Equal("c|0000004", late.Activities[0].Id);
    }

    [Fact]
    public void Since_WithdrawnActivity_IsLeftOutButCounted()
    {
        var conversation = new ChatConversation("c", User, capacity: 10, LocalRunHarness.Start);
        var (_, position) = conversation.Add(id => new Activity { Id = id, Text = "refused" });
        conversation.Add(id => new Activity { Id = id, Text = "later" });

        conversation.Withdraw(position);

        var page = conversation.Since(0);
        Assert.Equal(["later"], page.Activities.Select(a => a.Text));
        Assert.Equal("2", page.Watermark);
    }
}
