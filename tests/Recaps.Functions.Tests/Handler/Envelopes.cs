using System.Text.Json;
using System.Text.Json.Nodes;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// Invocation bodies in the shapes the Functions host sends (PROTOCOLS.md 1.5-1.7): scalars serialized twice (a
/// name arrives as <c>"\"a.txt\""</c>), objects as objects, blob content as base64, double-encoded text or a
/// deferred-binding descriptor.
/// </summary>
internal static class Envelopes
{
    /// <summary>The TimerInfo of a monitored schedule (PROTOCOLS.md 1.6, as recorded).</summary>
    public const string MonitoredTimer = """
        { "Data": { "timer": { "Schedule": { "AdjustForDST": true },
                               "ScheduleStatus": { "Last": "2026-09-24T13:08:00.0096035+00:00",
                                                   "Next": "2026-09-24T13:09:00+00:00",
                                                   "LastUpdated": "2026-09-24T13:08:00.0096035+00:00" },
                               "IsPastDue": false } },
          "Metadata": { "sys": { "MethodName": "SweepRecaps", "UtcNow": "2026-09-24T13:09:00.0151312Z", "RandGuid": "8d0f9a4e-29b3-4f6c-9d61-0c3f3a6e1b52" } } }
        """;

    /// <summary>An unmonitored schedule's catch-up run: ScheduleStatus null, past due.</summary>
    public const string UnmonitoredPastDueTimer = """
        { "Data": { "timer": { "Schedule": { "AdjustForDST": true }, "ScheduleStatus": null, "IsPastDue": true } },
          "Metadata": { "sys": { "MethodName": "DailyDigest", "UtcNow": "2026-09-25T09:00:03.2Z", "RandGuid": "1b8e4f3c-7a2d-4e0b-9f51-6c2d8e7a9b10" } } }
        """;

    /// <summary>The host's double encoding of a scalar: serialized to JSON, then sent as a JSON string.</summary>
    public static string Scalar(string value) => JsonSerializer.Serialize(value);

    /// <summary>What <c>"properties": {"supportsDeferredBinding": true}</c> sends instead of the content.</summary>
    public static JsonObject Deferred(long length) => new()
    {
        ["Source"] = "AzureStorageBlobs",
        ["Version"] = "1.0",
        ["Content"] = new JsonObject { ["IsEmpty"] = false, ["Length"] = length, ["MediaType"] = "application/json" },
        ["ContentType"] = "application/json",
    };

    public static JsonNode Base64(byte[] content) => JsonValue.Create(Convert.ToBase64String(content));

    /// <summary>Blob content without a dataType: UTF-8 text, double-encoded.</summary>
    public static JsonNode Text(string content) => JsonValue.Create(Scalar(content));

    /// <summary>
    /// A blob trigger invocation for <c>recaps/{name}</c>. <paramref name="name"/> null leaves Metadata.name out;
    /// <paramref name="uri"/> defaults to the blob's path-style (Azurite) URL.
    /// </summary>
    public static string Blob(string? name, JsonNode? data, DateTimeOffset? created = null, string? uri = null, JsonObject? userMetadata = null, bool doubleEncoded = true)
    {
        string Encode(string value) => doubleEncoded ? Scalar(value) : value;
        var blobUri = uri ?? "http://127.0.0.1:10000/devstoreaccount1/recaps/" + Uri.EscapeDataString(name ?? "x").Replace("%2F", "/", StringComparison.Ordinal);
        var metadata = new JsonObject
        {
            ["Uri"] = Encode(blobUri),
            ["Properties"] = new JsonObject
            {
                ["LastModified"] = (created ?? HandlerHarness.Now).ToString("O"),
                ["CreatedOn"] = (created ?? HandlerHarness.Now).ToString("O"),
                ["ContentLength"] = 2208,
                ["ContentType"] = "text/plain",
                ["ETag"] = "\"0x8DDA3C1F2B4E5A6\"",
                ["BlobType"] = 0,
            },
            ["Metadata"] = userMetadata ?? [],
            ["sys"] = new JsonObject { ["MethodName"] = "IngestRecap", ["UtcNow"] = "2025-06-04T10:00:01.5Z", ["RandGuid"] = Guid.NewGuid().ToString() },
        };
        if (name is not null)
        {
            metadata["name"] = Encode(name);
        }
        return new JsonObject { ["Data"] = new JsonObject { ["recap"] = data }, ["Metadata"] = metadata }.ToJsonString();
    }
}
