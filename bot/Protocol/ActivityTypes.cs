namespace Recaps.Bot.Protocol;

/// <summary>The activity types the bot acts on; any other type is acknowledged and ignored (PROTOCOLS.md 2.1).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string EndOfConversation = "endOfConversation";
    public const string InstallationUpdate = "installationUpdate";
}
