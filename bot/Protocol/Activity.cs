using System.Text.Json;

namespace Recaps.Bot.Protocol;

/// <summary>
/// A Bot Framework activity, as channels send it and as the bot replies (PROTOCOLS.md 2.1). Only the fields the
/// bot reads or writes are declared; unknown fields and types are tolerated, as the protocol requires.
/// </summary>
public sealed record Activity
{
    public string? Type { get; init; }

    /// <summary>Set by the channel; the bot never sets it on what it sends.</summary>
    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public DateTimeOffset? LocalTimestamp { get; init; }

    /// <summary>The user's IANA time zone, when the channel knows it ("Asia/Hong_Kong").</summary>
    public string? LocalTimezone { get; init; }

    /// <summary>Where replies go: the connector of the channel that sent it.</summary>
    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    /// <summary>"plain", "markdown" or "xml".</summary>
    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    /// <summary>What a notification or a channel that cannot show the attachments says instead.</summary>
    public string? Summary { get; init; }

    public string? ReplyToId { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    /// <summary>"list" or "carousel".</summary>
    public string? AttachmentLayout { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public JsonElement? ChannelData { get; init; }

    /// <summary>The data of an Adaptive Card <c>Action.Submit</c>, or of an event or invoke.</summary>
    public JsonElement? Value { get; init; }

    /// <summary>The name of an event or invoke.</summary>
    public string? Name { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>"acceptingInput", "expectingInput" or "ignoringInput".</summary>
    public string? InputHint { get; init; }

    /// <summary>"normal", or "expectReplies" when the caller wants the replies in the HTTP response.</summary>
    public string? DeliveryMode { get; init; }

    /// <summary>The reference to this activity's conversation, for replying later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>A reply to this activity: from its recipient to its sender, in its conversation, without an id.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}
