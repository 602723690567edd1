namespace Recaps.Bot.Conversations;

/// <summary>What a message asks the bot to do; anything that is not a command is a question.</summary>
internal enum CommandKind
{
    Question,
    Greeting,
    Help,
    Subscribe,
    Unsubscribe,
    Digest,
}
