namespace Recaps.Bot.Protocol;

/// <summary>Buttons shown under a message until the user answers (Web Chat, Teams personal chats).</summary>
public sealed record SuggestedActions
{
    /// <summary>The ids of who sees them; empty means everyone.</summary>
    public IReadOnlyList<string>? To { get; init; }

    public IReadOnlyList<CardAction> Actions { get; init; } = [];
}
