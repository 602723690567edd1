using System.Globalization;
using Azure;
using Recaps.Core.Storage.Blobs;

namespace Recaps.Core.Storage.Azure;

/// <summary>Blob properties from a GET/HEAD response's headers, and the value formats the service uses.</summary>
internal static class BlobProperties
{
    private const string MetaPrefix = "x-ms-meta-";

    public static BlobItem FromHeaders(string name, Response response)
    {
        string? Header(string header) => response.Headers.TryGetValue(header, out var value) ? value : null;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in response.Headers)
        {
            if (header.Name.StartsWith(MetaPrefix, StringComparison.OrdinalIgnoreCase))
            {
                metadata[header.Name[MetaPrefix.Length..]] = header.Value;
            }
        }
        return new BlobItem(
            name,
            QuotedETag(Header("ETag") ?? ""),
            ParseDate(Header("Last-Modified")) ?? DateTimeOffset.MinValue,
            ParseDate(Header("x-ms-creation-time")),
            long.TryParse(Header("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : 0,
            Header("Content-Type"),
            metadata);
    }

    /// <summary>Headers quote ETags, listings do not; callers always see the quoted (If-Match ready) form.</summary>
    public static string QuotedETag(string etag) =>
        etag.Length == 0 || etag.StartsWith('"') || etag.StartsWith("W/", StringComparison.Ordinal) ? etag : $"\"{etag}\"";

    public static DateTimeOffset? ParseDate(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
