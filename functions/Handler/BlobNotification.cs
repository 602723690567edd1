using System.Text;
using System.Text.Json;
using Recaps.Core.Storage.Blobs;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// An IngestRecap invocation read as a notification: which blob of the recaps container changed (<c>Metadata.name</c>,
/// the <c>{name}</c> of <c>recaps/{name}</c>, else the path of <c>Metadata.Uri</c>), its properties as the host
/// saw them, and whatever content the host sent. The blob trigger's path is not in Metadata (PROTOCOLS.md 0.4).
/// </summary>
internal sealed record BlobNotification(string Name, Uri? Uri, BlobPayload Payload, BlobItem Item)
{
    /// <summary>The trigger binding's name in IngestRecap/function.json.</summary>
    public const string Binding = "recap";

    public static Decoded<BlobNotification> Read(InvocationEnvelope envelope, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        Uri? uri = null;
        if (envelope.MetadataValue("Uri") is { } uriValue && EnvelopeValue.Text(uriValue) is { Length: > 0 } uriText)
        {
            if (!Uri.TryCreate(uriText, UriKind.Absolute, out uri))
            {
                return Decoded<BlobNotification>.Fail($"Metadata.Uri '{uriText}' is not an absolute URL");
            }
        }
        var name = envelope.MetadataValue("name") is { } nameValue ? EnvelopeValue.Text(nameValue) : null;
        if (string.IsNullOrEmpty(name))
        {
            name = uri is null ? null : NameFromUri(uri);
            if (name is null)
            {
                return Decoded<BlobNotification>.Fail(uri is null
                    ? "the envelope names no blob: expected Metadata.name (the {name} of recaps/{name}) or Metadata.Uri"
                    : $"Metadata.Uri '{uri}' is not a blob of the {StoreOptions.RecapsContainer} container, and Metadata.name is missing");
            }
        }
        var payload = ReadPayload(envelope.Trigger(Binding));
        if (payload.Error is not null)
        {
            return Decoded<BlobNotification>.Fail(payload.Error);
        }
        return Decoded<BlobNotification>.Ok(new BlobNotification(name, uri, payload.Value!, ReadItem(name, envelope, payload.Value!, now)));
    }

    // https://acct.blob.core.windows.net/recaps/a%20b.txt, or path-style (Azurite) http://127.0.0.1:10000/devstoreaccount1/recaps/a%20b.txt.
    private static string? NameFromUri(Uri uri)
    {
        var segments = uri.AbsolutePath.TrimStart('/').Split('/');
        var container = Array.IndexOf(segments, StoreOptions.RecapsContainer);
        return container is 0 or 1 && container < segments.Length - 1
            ? Uri.UnescapeDataString(string.Join('/', segments[(container + 1)..]))
            : null;
    }

    private static Decoded<BlobPayload> ReadPayload(JsonElement? data)
    {
        switch (data)
        {
            case null or { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined }:
                return Decoded<BlobPayload>.Ok(BlobPayload.None);
            case { ValueKind: JsonValueKind.Object }:
                return Decoded<BlobPayload>.Ok(BlobPayload.Deferred);
            case { ValueKind: JsonValueKind.String } value:
                var text = value.GetString()!;
                if (text.StartsWith('"'))
                {
                    return Decoded<BlobPayload>.Ok(BlobPayload.Inline("text", Encoding.UTF8.GetBytes(EnvelopeValue.Unwrap(text))));
                }
                var bytes = new byte[text.Length * 3 / 4];
                return Convert.TryFromBase64String(text, bytes, out var written)
                    ? Decoded<BlobPayload>.Ok(BlobPayload.Inline("base64", bytes[..written]))
                    : Decoded<BlobPayload>.Ok(BlobPayload.Inline("text", Encoding.UTF8.GetBytes(text)));
            case { } other:
                return Decoded<BlobPayload>.Fail($"Data.{Binding} is a JSON {other.ValueKind.ToString().ToLowerInvariant()}; expected base64 content, text or a deferred-binding descriptor");
        }
    }

    // The blob's properties as the host saw them: used when the content came inline (the embedded store has no blobs to read).
    private static BlobItem ReadItem(string name, InvocationEnvelope envelope, BlobPayload payload, DateTimeOffset now)
    {
        var properties = envelope.MetadataValue("Properties") is { } value ? EnvelopeValue.Object(value) : null;
        JsonElement? Get(string property) => properties is { } p ? EnvelopeValue.Property(p, property) : null;
        var created = Get("CreatedOn") is { } c ? EnvelopeValue.Time(c) : null;
        var modified = Get("LastModified") is { } m ? EnvelopeValue.Time(m) : null;
        var metadata = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (envelope.MetadataValue("Metadata") is { } user && EnvelopeValue.Object(user) is { } entries)
        {
            foreach (var entry in entries.EnumerateObject())
            {
                if (EnvelopeValue.Text(entry.Value) is { } text)
                {
                    metadata[entry.Name] = text;
                }
            }
        }
        return new BlobItem(
            name,
            Get("ETag") is { } etag ? EnvelopeValue.Text(etag) ?? "" : "",
            modified ?? created ?? now,
            created,
            Get("ContentLength") is { } length ? EnvelopeValue.Integer(length) ?? payload.Content?.Length ?? 0 : payload.Content?.Length ?? 0,
            Get("ContentType") is { } type ? EnvelopeValue.Text(type) : null,
            metadata);
    }
}
