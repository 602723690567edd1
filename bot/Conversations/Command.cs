namespace Recaps.Bot.Conversations;

/// <summary>A message read as a command; <see cref="Argument"/> is what follows "subscribe", or the question.</summary>
internal sealed record Command(CommandKind Kind, string Argument = "")
{
    /// <summary>
    /// Commands are whole messages, case-insensitive, with trailing punctuation ignored ("Help!", "digest."); only
    /// "subscribe" takes arguments. "stop" is not a command: a question may start with it and SMS gives it a meaning.
    /// </summary>
    public static Command Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var word = text.Trim().TrimEnd('.', '!', '?').Trim().ToLowerInvariant();
        switch (word)
        {
            case "hi" or "hello" or "hey" or "start" or "/start":
                return new Command(CommandKind.Greeting);
            case "help" or "/help" or "commands":
                return new Command(CommandKind.Help);
            case "unsubscribe" or "/unsubscribe":
                return new Command(CommandKind.Unsubscribe);
            case "digest" or "/digest":
                return new Command(CommandKind.Digest);
        }
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var head = (space < 0 ? word : trimmed[..space]).ToLowerInvariant();
        if (head is "subscribe" or "/subscribe")
        {
            return new Command(CommandKind.Subscribe, space < 0 ? "" : trimmed[(space + 1)..].Trim());
        }
        return new Command(CommandKind.Question, text);
    }
}
