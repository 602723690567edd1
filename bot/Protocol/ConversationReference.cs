namespace Recaps.Bot.Protocol;

/// <summary>What is needed to message a conversation later, unprompted (PROTOCOLS.md 2.5).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? Locale { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>An activity the bot starts in this conversation (a digest, a typing indicator): from the bot, to the user.</summary>
    public Activity CreateActivity(string type) => new()
    {
        Type = type,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        From = Bot,
        Recipient = User,
        Conversation = Conversation,
        Locale = Locale,
    };
}
