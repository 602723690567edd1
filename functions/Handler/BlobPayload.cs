namespace Recaps.Functions.Handler;

/// <summary>
/// What the host sent as the blob trigger's Data (PROTOCOLS.md 1.5): nothing, a deferred-binding descriptor (the
/// content stays in storage), base64 bytes (<c>"dataType": "binary"</c>), or UTF-8 text, double-encoded (no dataType).
/// </summary>
internal sealed record BlobPayload(string Shape, ReadOnlyMemory<byte>? Content)
{
    public static BlobPayload None { get; } = new("no content", null);

    public static BlobPayload Deferred { get; } = new("deferred binding, content not sent", null);

    public static BlobPayload Inline(string encoding, byte[] content) => new($"{encoding}, {content.Length} bytes inline", content);
}
