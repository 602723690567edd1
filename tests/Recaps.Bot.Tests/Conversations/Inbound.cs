using System.Text.Json;
using System.Text.Json.Nodes;
using Recaps.Bot.Cards;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Conversations;

/// <summary>Inbound activities as channels send them, and what the tests read back out of replies.</summary>
internal static class Inbound
{
    public const string BotId = "bot-1";
    public const string UserId = "user-1";

    public static Activity Message(string? text, string channel = "webchat", string conversation = "conv-1", string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? Guid.NewGuid().ToString("N"),
        ChannelId = channel,
        ServiceUrl = "https://channel.example/",
        From = new ChannelAccount { Id = UserId, Name = "Ada" },
        Recipient = new ChannelAccount { Id = BotId, Name = "Recaps" },
        Conversation = new ConversationAccount { Id = conversation },
        Locale = "en-GB",
        Text = text,
    };

    public static Activity MembersAdded(params string[] members) => Message(null) with
    {
        Type = ActivityTypes.ConversationUpdate,
        MembersAdded = [.. members.Select(m => new ChannelAccount { Id = m })],
    };

    /// <summary>What a card's Action.Submit button sends: no text, the button's data as the value.</summary>
    public static Activity Submit(string question) => Message(null) with
    {
        Value = JsonDocument.Parse(new JsonObject { [SubmitData.QuestionField] = question }.ToJsonString()).RootElement.Clone(),
    };

    /// <summary>The card of a reply, as JSON text (the card content serialized).</summary>
    public static string CardJson(Activity reply) =>
        Assert.Single(reply.Attachments ?? []).Content!.ToJsonString();

    /// <summary>The texts of the card's TextBlocks, unescaped where the tests need to read figures.</summary>
    public static IReadOnlyList<string> CardTexts(Activity reply) =>
        [.. Assert.Single(reply.Attachments ?? []).Content!.AsObject().DescendantsOfType("TextBlock").Select(b => (string)b["text"]!)];

    /// <summary>Every text a user sees in a reply: its text and its card's TextBlocks.</summary>
    public static string Visible(Activity reply) =>
        string.Join("\n", new[] { reply.Text ?? "" }.Concat(reply.Attachments is null ? [] : CardTexts(reply)));

    public static IReadOnlyList<string?> Suggested(Activity reply) =>
        [.. (reply.SuggestedActions?.Actions ?? []).Select(a => a.Value?.GetString())];
}
