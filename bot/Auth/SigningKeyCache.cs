using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Recaps.Bot.Auth;

/// <summary>
/// The signing keys of one issuer's OpenID metadata, fetched on first use, again when older than
/// <see cref="BotAuthOptions.KeyRefreshInterval"/>, and on demand when a token names an unknown key, but never twice
/// within <see cref="BotAuthOptions.MinimumRefreshInterval"/>. One fetch runs at a time; callers waiting for it take
/// its result. A failed fetch keeps the previous keys: an outage at the identity provider should not reject tokens
/// signed with keys we already trust.
/// </summary>
internal sealed partial class SigningKeyCache(Uri metadataUrl, HttpClient http, TimeProvider time, BotAuthOptions options, ILogger logger)
{
    // Bounds what a misbehaving endpoint can make us buffer; real documents are a few kilobytes.
    private const int MaxDocumentBytes = 1024 * 1024;

    private readonly Lock _lock = new();
    private SigningKeys? _keys;
    private DateTimeOffset? _lastAttempt;
    private bool _lastFailed;
    private Task<KeyLookup>? _fetch;

    /// <summary>The cached keys, fetched first if there are none or they are stale.</summary>
    public Task<KeyLookup> GetAsync(CancellationToken cancellationToken)
    {
        var keys = Volatile.Read(ref _keys);
        return keys is not null && time.GetUtcNow() - keys.FetchedAt < options.KeyRefreshInterval
            ? Task.FromResult(new KeyLookup(keys, FetchFailed: false))
            : RefreshAsync(keys, cancellationToken);
    }

    /// <summary>
    /// Fetches again because <paramref name="seen"/> lacked a key or was stale, unless the keys changed meanwhile or
    /// the last fetch was too recent; returns the newest keys either way. Callers join a fetch under way, and one
    /// caller's cancellation stops only its own wait.
    /// </summary>
    public Task<KeyLookup> RefreshAsync(SigningKeys? seen, CancellationToken cancellationToken)
    {
        Task<KeyLookup> fetch;
        lock (_lock)
        {
            if (_fetch is null || _fetch.IsCompleted)
            {
                if (!ReferenceEquals(_keys, seen))
                {
                    return Task.FromResult(new KeyLookup(_keys, FetchFailed: false));
                }
                var now = time.GetUtcNow();
                var wait = _lastFailed ? options.FailedFetchRetryInterval : options.MinimumRefreshInterval;
                if (_lastAttempt is { } last && now - last < wait)
                {
                    return Task.FromResult(new KeyLookup(_keys, _lastFailed));
                }
                _lastAttempt = now;
                _fetch = FetchAndKeepAsync();
            }
            fetch = _fetch;
        }
        return fetch.WaitAsync(cancellationToken);
    }

    private async Task<KeyLookup> FetchAndKeepAsync()
    {
        // Off the caller's stack, so a fetch that finishes synchronously still leaves _fetch assigned first.
        await Task.Yield();
        var fetched = await FetchAsync().ConfigureAwait(false);
        lock (_lock)
        {
            _lastFailed = fetched is null;
            if (fetched is not null)
            {
                Volatile.Write(ref _keys, fetched);
            }
            return new KeyLookup(_keys, _lastFailed);
        }
    }

    private async Task<SigningKeys?> FetchAsync()
    {
        // Not the caller's token: other callers may be waiting for this fetch.
        using var timeout = new CancellationTokenSource(options.FetchTimeout, time);
        try
        {
            var metadata = await GetDocumentAsync(metadataUrl, timeout.Token).ConfigureAwait(false);
            var jwksUri = ReadJwksUri(metadata);
            if (jwksUri is null)
            {
                LogFetchFailed(null, metadataUrl, "no usable jwks_uri");
                return null;
            }
            var jwks = await GetDocumentAsync(jwksUri, timeout.Token).ConfigureAwait(false);
            var keys = SigningKeys.Parse(jwks, time.GetUtcNow());
            LogFetched(metadataUrl, keys.Keys.Count);
            return keys;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or JsonException
            or ArgumentException or InvalidDataException or InvalidOperationException)
        {
            LogFetchFailed(ex, metadataUrl, ex.Message);
            return null;
        }
    }

    private async Task<string> GetDocumentAsync(Uri url, CancellationToken cancellationToken)
    {
        if (options.RequireHttpsMetadata && url.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidDataException($"{url} is not https.");
        }
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
        if (response.Content.Headers.ContentLength > MaxDocumentBytes)
        {
            throw new InvalidDataException($"{url} sent more than {MaxDocumentBytes} bytes.");
        }
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxDocumentBytes)
                {
                    throw new InvalidDataException($"{url} sent more than {MaxDocumentBytes} bytes.");
                }
                buffer.Write(chunk, 0, read);
            }
            return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
    }

    private static Uri? ReadJwksUri(string metadata)
    {
        using var document = JsonDocument.Parse(metadata);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("jwks_uri", out var value)
            && value.ValueKind == JsonValueKind.String
            && Uri.TryCreate(value.GetString(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri
            : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Keys} signing keys named by {MetadataUrl}")]
    private partial void LogFetched(Uri metadataUrl, int keys);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not fetch the signing keys named by {MetadataUrl}: {Reason}")]
    private partial void LogFetchFailed(Exception? exception, Uri metadataUrl, string reason);
}
