using System.Globalization;
using System.Text.Json;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>Whole entities (keys, properties, ETag, Timestamp) as the Table REST API sends and returns them.</summary>
internal static class TableEntityJson
{
    public static byte[] Serialize(TableEntity entity)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("PartitionKey", entity.PartitionKey);
            writer.WriteString("RowKey", entity.RowKey);
            EntityJson.WriteProperties(writer, entity);
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>An entity from minimal-metadata JSON; <paramref name="etag"/> wins over odata.etag when given.</summary>
    public static TableEntity Read(JsonElement json, string? etag = null)
    {
        var timestamp = json.TryGetProperty("Timestamp", out var time) && time.ValueKind == JsonValueKind.String
            ? DateTimeOffset.Parse(time.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)
            : (DateTimeOffset?)null;
        etag ??= json.TryGetProperty("odata.etag", out var tag) ? tag.GetString() : null;
        var entity = new TableEntity(json.GetProperty("PartitionKey").GetString()!, json.GetProperty("RowKey").GetString()!)
        {
            ETag = etag,
            Timestamp = timestamp,
        };
        EntityJson.ReadProperties(json, entity);
        return entity;
    }
}
