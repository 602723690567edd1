using System.Globalization;
using System.Xml.Linq;
using Recaps.Core.Storage.Blobs;

namespace Recaps.Core.Storage.Azure;

/// <summary>Reads a List Blobs response (<c>EnumerationResults</c>) into items and the next marker.</summary>
internal static class BlobListXml
{
    public static BlobPage Parse(Stream xml)
    {
        var root = XDocument.Load(xml).Root ?? throw new StorageException(StorageErrorKind.BadRequest, "The blob listing was empty.");
        var items = new List<BlobItem>();
        foreach (var blob in root.Element("Blobs")?.Elements("Blob") ?? [])
        {
            var properties = blob.Element("Properties");
            string? Property(string name) => properties?.Element(name)?.Value;
            var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in blob.Element("Metadata")?.Elements() ?? [])
            {
                metadata[entry.Name.LocalName] = entry.Value;
            }
            items.Add(new BlobItem(
                Name(blob.Element("Name")),
                BlobProperties.QuotedETag(Property("Etag") ?? ""),
                BlobProperties.ParseDate(Property("Last-Modified")) ?? DateTimeOffset.MinValue,
                BlobProperties.ParseDate(Property("Creation-Time")),
                long.TryParse(Property("Content-Length"), NumberStyles.None, CultureInfo.InvariantCulture, out var length) ? length : 0,
                string.IsNullOrEmpty(Property("Content-Type")) ? null : Property("Content-Type"),
                metadata));
        }
        var next = root.Element("NextMarker")?.Value;
        return new BlobPage(items, string.IsNullOrEmpty(next) ? null : next);
    }

    // Names with characters XML cannot carry come percent-encoded and flagged Encoded="true".
    private static string Name(XElement? name)
    {
        var text = name?.Value ?? throw new StorageException(StorageErrorKind.BadRequest, "A listed blob had no name.");
        return (string?)name.Attribute("Encoded") == "true" ? Uri.UnescapeDataString(text) : text;
    }
}
