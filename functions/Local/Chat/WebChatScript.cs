namespace Recaps.Functions.Local.Chat;

/// <summary>webchat.js to serve, or the reason there is none (shown on the chat page and the console).</summary>
internal sealed record WebChatScript(byte[]? Content, string? Problem)
{
    public static WebChatScript Unavailable(string problem) => new(null, problem);
}
