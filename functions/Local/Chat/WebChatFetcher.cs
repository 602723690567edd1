using System.Formats.Tar;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// Gets webchat.js into the cache once: downloads the package tarball (7 MB, not a 534 MB npm install), checks it
/// against the pinned integrity, and extracts the one file the page needs. The cached file is only ever written
/// whole (a temporary file moved into place), so its presence means it came from a verified tarball.
/// </summary>
internal sealed class WebChatFetcher(HttpClient http, ChatOptions options)
{
    // The 4.18.1 tarball is 7 MB; anything far larger is not the package.
    private const long MaxTarballBytes = 64L * 1024 * 1024;

    /// <summary>Whether <see cref="FetchAsync"/> will answer from the cache, without the network.</summary>
    public bool IsCached => File.Exists(options.CachedScript);

    /// <summary>The cached webchat.js, fetched first if need be; <see cref="WebChatUnavailableException"/> says why not.</summary>
    public async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        var target = options.CachedScript;
        if (File.Exists(target))
        {
            return target;
        }
        var package = options.Package;
        var tarball = await DownloadAsync(package.Tarball, cancellationToken).ConfigureAwait(false);
        var actual = "sha512-" + Convert.ToBase64String(SHA512.HashData(tarball));
        if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(actual), System.Text.Encoding.ASCII.GetBytes(package.Integrity)))
        {
            throw new WebChatUnavailableException($"{package.Tarball} is not botframework-webchat {package.Version}: its integrity is {actual}, not the pinned {package.Integrity}");
        }
        var script = await ExtractAsync(tarball, package.Entry, cancellationToken).ConfigureAwait(false)
            ?? throw new WebChatUnavailableException($"{package.Tarball} holds no {package.Entry}");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = $"{target}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp";
            await File.WriteAllBytesAsync(temporary, script, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new WebChatUnavailableException($"cannot cache webchat.js at {target}: {ex.Message}", ex);
        }
        return target;
    }

    private async Task<byte[]> DownloadAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.FetchTimeout);
        try
        {
            using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new WebChatUnavailableException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
            }
            if (response.Content.Headers.ContentLength > MaxTarballBytes)
            {
                throw new WebChatUnavailableException($"{url} is {response.Content.Headers.ContentLength} bytes, not a 7 MB package");
            }
            var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return await Bounded.ReadAsync(body, MaxTarballBytes, timeout.Token).ConfigureAwait(false)
                    ?? throw new WebChatUnavailableException($"{url} is over {MaxTarballBytes} bytes, not a 7 MB package");
            }
        }
        catch (HttpRequestException ex)
        {
            throw new WebChatUnavailableException($"{url.Host} cannot be reached ({ex.Message})", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WebChatUnavailableException($"{url} did not arrive within {options.FetchTimeout.TotalSeconds:0} s", ex);
        }
    }

    private static async Task<byte[]?> ExtractAsync(byte[] tarball, string entryName, CancellationToken cancellationToken)
    {
        try
        {
            var gzip = new GZipStream(new MemoryStream(tarball), CompressionMode.Decompress);
            await using (gzip.ConfigureAwait(false))
            {
                var tar = new TarReader(gzip);
                await using (tar.ConfigureAwait(false))
                {
                    while (await tar.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
                    {
                        if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile && entry.Name == entryName && entry.DataStream is { } data)
                        {
                            return await Bounded.ReadAsync(data, MaxTarballBytes * 4, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }
            }
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or EndOfStreamException)
        {
            throw new WebChatUnavailableException($"the package is not a readable .tgz: {ex.Message}", ex);
        }
    }
}
