namespace Recaps.Functions.Local.Chat;

/// <summary>Direct Line's error codes (<c>BadArgument</c>, <c>BotRejectedActivity</c>, ...) and a sentence for a person.</summary>
internal sealed record ChatErrorBody(string Code, string Message);
