using Microsoft.AspNetCore.Http;

namespace Recaps.Functions.Handler;

/// <summary>
/// Reads a body whole, but never more than a limit: a chunked upload has no Content-Length to check first. For the bot
/// endpoint and the local chat's Direct Line and connector.
/// </summary>
internal static class Bounded
{
    /// <summary>The bytes of <paramref name="stream"/>; null as soon as it passes <paramref name="limit"/>.</summary>
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public static Task<byte[]?> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.ContentLength > limit ? Task.FromResult<byte[]?>(null) : ReadAsync(request.Body, limit, cancellationToken);
    }
}
