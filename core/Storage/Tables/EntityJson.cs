using System.Globalization;
using System.Text.Json;

namespace Recaps.Core.Storage.Tables;

/// <summary>
/// Entity properties as Table Storage's OData JSON: types JSON cannot carry get an <c>@odata.type</c>
/// annotation (Int64 and DateTime as strings, Double always, so 3.0 stays a Double). The REST backend sends
/// and reads this; the embedded backend stores it, so both keep exactly the same types.
/// </summary>
internal static class EntityJson
{
    private const string TypeSuffix = "@odata.type";

    public static void WriteProperties(Utf8JsonWriter writer, TableEntity entity)
    {
        foreach (var (name, value) in entity.Properties)
        {
            WriteProperty(writer, name, value);
        }
    }

    public static byte[] SerializeProperties(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            WriteProperties(writer, entity);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Reads the typed properties of <paramref name="json"/>, skipping keys, metadata and annotations.</summary>
    public static void ReadProperties(JsonElement json, TableEntity into)
    {
        foreach (var property in json.EnumerateObject())
        {
            var name = property.Name;
            if (name.Contains('@', StringComparison.Ordinal) || name.StartsWith("odata.", StringComparison.Ordinal)
                || name is "PartitionKey" or "RowKey" or "Timestamp" or "ETag")
            {
                continue;
            }
            var type = json.TryGetProperty(name + TypeSuffix, out var annotation) ? annotation.GetString() : null;
            into[name] = ReadValue(property.Value, type, name);
        }
    }

    private static void WriteProperty(Utf8JsonWriter writer, string name, object value)
    {
        switch (value)
        {
            case string text:
                writer.WriteString(name, text);
                break;
            case bool flag:
                writer.WriteBoolean(name, flag);
                break;
            case int number:
                writer.WriteNumber(name, number);
                break;
            case long number:
                writer.WriteString(name + TypeSuffix, "Edm.Int64");
                writer.WriteString(name, number.ToString(CultureInfo.InvariantCulture));
                break;
            case double number:
                writer.WriteString(name + TypeSuffix, "Edm.Double");
                if (double.IsFinite(number))
                {
                    writer.WriteNumber(name, number);
                }
                else
                {
                    writer.WriteString(name, double.IsNaN(number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity");
                }
                break;
            case DateTimeOffset time:
                writer.WriteString(name + TypeSuffix, "Edm.DateTime");
                writer.WriteString(name, time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
                break;
            case Guid id:
                writer.WriteString(name + TypeSuffix, "Edm.Guid");
                writer.WriteString(name, id.ToString("D"));
                break;
            case byte[] bytes:
                writer.WriteString(name + TypeSuffix, "Edm.Binary");
                writer.WriteBase64String(name, bytes);
                break;
            default:
                throw new InvalidOperationException($"Property '{name}' has unsupported type {value.GetType().Name}.");
        }
    }

    private static object ReadValue(JsonElement value, string? type, string name)
    {
        try
        {
            return type switch
            {
                "Edm.Int64" => long.Parse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture),
                "Edm.Double" => value.ValueKind == JsonValueKind.Number ? value.GetDouble() : ParseDouble(value.GetString()!),
                "Edm.DateTime" => DateTimeOffset.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
                "Edm.Guid" => Guid.Parse(value.GetString()!),
                "Edm.Binary" => value.GetBytesFromBase64(),
                "Edm.Int32" => value.ValueKind == JsonValueKind.Number ? value.GetInt32() : int.Parse(value.GetString()!, CultureInfo.InvariantCulture),
                "Edm.Boolean" => value.GetBoolean(),
                "Edm.String" => value.GetString()!,
                _ => Untyped(value),
            };
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or OverflowException)
        {
            throw new StorageException(StorageErrorKind.BadRequest, $"Property '{name}' could not be read as {type ?? "JSON"}.", ex);
        }
    }

    // Without an annotation the service means String, Boolean, Int32, or a Double with a fraction.
    private static object Untyped(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt32(out var number) => number,
        JsonValueKind.Number => value.GetDouble(),
        _ => throw new FormatException($"Unexpected JSON {value.ValueKind}."),
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static double ParseDouble(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" or "INF" => double.PositiveInfinity,
        "-Infinity" or "-INF" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
