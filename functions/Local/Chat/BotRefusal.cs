using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>Why the bot did not take an activity, as Direct Line reports it to the client (502 or 504).</summary>
internal sealed record BotRefusal(int Status, ErrorResponse Error);
