using System.Text.Json.Nodes;

namespace Recaps.Bot.Protocol;

/// <summary>An attachment; the bot sends Adaptive Cards (<see cref="AdaptiveCardContentType"/>).</summary>
public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }

    /// <summary>The card JSON for a card; other attachments may carry <see cref="ContentUrl"/> instead.</summary>
    public JsonNode? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }
}
