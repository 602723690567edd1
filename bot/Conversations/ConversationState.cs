using Recaps.Core.Questions;

namespace Recaps.Bot.Conversations;

/// <summary>
/// What the bot keeps of a conversation: the follow-up context of the last answer and whether it has welcomed it.
/// <see cref="ETag"/> is the stored row's version (null when there is none), for claiming the welcome.
/// </summary>
internal sealed record ConversationState(ConversationContext Context, bool Welcomed, string? ETag)
{
    public static ConversationState New { get; } = new(ConversationContext.Empty, false, null);
}
