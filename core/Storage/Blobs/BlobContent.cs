using System.Diagnostics.CodeAnalysis;

namespace Recaps.Core.Storage.Blobs;

/// <summary>
/// A downloaded blob. When it was over the caller's size limit, <see cref="Bytes"/> is null and nothing was
/// downloaded: an oversize article is an expected outcome (ingest quarantines it), not an exception.
/// </summary>
public sealed record BlobContent(BlobItem Item, byte[]? Bytes)
{
    [MemberNotNullWhen(false, nameof(Bytes))]
    public bool IsTooLarge => Bytes is null;
}
