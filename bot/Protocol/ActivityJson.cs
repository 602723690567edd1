using System.Text.Json;

namespace Recaps.Bot.Protocol;

/// <summary>Reads and writes activities with the source-generated <see cref="BotJson"/> context (no reflection).</summary>
public static class ActivityJson
{
    /// <summary>The activity in <paramref name="utf8"/>; <see cref="JsonException"/> when it is not an activity object.</summary>
    public static Activity Read(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize(utf8, BotJson.Default.Activity) ?? throw new JsonException("The body is JSON null, not an activity.");

    public static byte[] Write(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.Default.Activity);

    public static string ToJson(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Default.Activity);
}
