using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The optional body of <c>POST /directline/conversations</c>, shaped as the real service's token request
/// (<c>{"user":{"id","name"}}</c>), so a client that knows its user id can have it in the welcome's conversationUpdate.
/// </summary>
internal sealed record StartConversationRequest(ChannelAccount? User);
