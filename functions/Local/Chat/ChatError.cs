namespace Recaps.Functions.Local.Chat;

/// <summary>The <c>{"error":{"code","message"}}</c> body Direct Line and the Bot Connector answer failures with.</summary>
internal sealed record ChatError(ChatErrorBody Error)
{
    public static ChatError Of(string code, string message) => new(new ChatErrorBody(code, message));
}
