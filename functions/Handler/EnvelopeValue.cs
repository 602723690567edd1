using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Recaps.Functions.Handler;

/// <summary>
/// Reads values as the Functions host encodes them (PROTOCOLS.md 1.4): a scalar (string, number, bool, Uri) is
/// serialized once more and sent as a JSON string, so <c>report.csv</c> arrives as <c>"\"report.csv\""</c> and
/// <c>1</c> as <c>"1"</c>; objects arrive as objects. Every reader unwraps such a string literal once and also
/// takes the plain value the documentation's samples show.
/// </summary>
internal static class EnvelopeValue
{
    /// <summary>The text of a scalar, unwrapped once if it is itself a JSON string literal; null for null, objects and arrays.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Unwrap(value.GetString()!),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    /// <summary>The text inside a JSON string literal (<c>"\"a\""</c> gives <c>a</c>), or the text itself when it is not one.</summary>
    public static string Unwrap(string text)
    {
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"')
        {
            return text;
        }
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
            if (reader.Read() && reader.TokenType == JsonTokenType.String)
            {
                var inner = reader.GetString()!;
                return reader.Read() ? text : inner;
            }
        }
        catch (JsonException)
        {
        }
        return text;
    }

    public static bool? Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => bool.TryParse(Text(value), out var parsed) ? parsed : null,
    };

    public static long? Integer(JsonElement value) =>
        long.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    /// <summary>An ISO-8601 time; null when absent or unreadable (the host has sent invalid timer dates: azure-functions-host #7391).</summary>
    public static DateTimeOffset? Time(JsonElement value) =>
        DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;

    /// <summary>An object, or a string holding one (unwrapped once); null for anything else.</summary>
    public static JsonElement? Object(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }
        if (value.ValueKind != JsonValueKind.String || Unwrap(value.GetString()!) is not ['{', .., '}'] text)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The property of an object by name, ignoring case (the host writes PascalCase; samples vary).</summary>
    public static JsonElement? Property(JsonElement value, string name)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        if (value.TryGetProperty(name, out var exact))
        {
            return exact;
        }
        foreach (var property in value.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }
}
