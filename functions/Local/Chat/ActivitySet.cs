using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>A page of a conversation's activities; the client asks for the next page with <see cref="Watermark"/>.</summary>
internal sealed record ActivitySet(IReadOnlyList<Activity> Activities, string Watermark);
