namespace Recaps.Functions.Local.Chat;

/// <summary>webchat.js could not be had; the message is one line for the console and the chat page.</summary>
internal sealed class WebChatUnavailableException : Exception
{
    public WebChatUnavailableException()
    {
    }

    public WebChatUnavailableException(string message)
        : base(message)
    {
    }

    public WebChatUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
