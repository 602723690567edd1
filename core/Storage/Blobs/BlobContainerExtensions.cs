using System.Runtime.CompilerServices;

namespace Recaps.Core.Storage.Blobs;

/// <summary>Conveniences over the <see cref="IBlobContainer"/> primitives.</summary>
public static class BlobContainerExtensions
{
    /// <summary>Every blob whose name starts with <paramref name="prefix"/>, following continuations.</summary>
    public static async IAsyncEnumerable<BlobItem> ListAsync(
        this IBlobContainer container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(container);
        string? continuation = null;
        do
        {
            var page = await container.ListPageAsync(prefix, continuation, null, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
