namespace Recaps.Core.Storage.Blobs;

/// <summary>One page of a listing; a null <see cref="ContinuationToken"/> means the listing is finished.</summary>
public sealed record BlobPage(IReadOnlyList<BlobItem> Items, string? ContinuationToken);
