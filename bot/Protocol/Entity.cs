using System.Text.Json;
using System.Text.Json.Serialization;

namespace Recaps.Bot.Protocol;

/// <summary>
/// Metadata attached to an activity: a Teams <c>mention</c> (<see cref="Mentioned"/>, <see cref="Text"/> as
/// <c>&lt;at&gt;Name&lt;/at&gt;</c>), Web Chat's <c>clientInfo</c>, and others kept as they came.
/// </summary>
public sealed record Entity
{
    public const string MentionType = "mention";

    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    // Settable: System.Text.Json cannot fill init-only extension data from generated code.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}
