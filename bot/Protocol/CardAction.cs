using System.Text.Json;

namespace Recaps.Bot.Protocol;

/// <summary>A button of suggested actions: <c>imBack</c> posts <see cref="Value"/> as the user's message.</summary>
public sealed record CardAction
{
    public const string ImBack = "imBack";

    public string? Type { get; init; }

    public string? Title { get; init; }

    public JsonElement? Value { get; init; }

    /// <summary>A button that sends <paramref name="text"/> as if the user typed it.</summary>
    public static CardAction Say(string text) => new() { Type = ImBack, Title = text, Value = JsonSerializer.SerializeToElement(text, BotJson.Default.String) };
}
