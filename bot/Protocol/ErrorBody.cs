namespace Recaps.Bot.Protocol;

/// <summary>An error code (<c>BadArgument</c>, <c>BotRejectedActivity</c>, ...) and a sentence for a person.</summary>
public sealed record ErrorBody(string Code, string Message);
