using System.Globalization;
using Azure;
using Azure.Core;
using Recaps.Core.Storage.Blobs;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// One blob container over the Blob REST API (SharedKey, SAS or token). Thread-safe; build one per container
/// and reuse it.
/// </summary>
public sealed class AzureBlobContainer : IBlobContainer
{
    private readonly StorageClient _client;

    public AzureBlobContainer(StorageAccount account, string name, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        BlobNames.ValidateContainer(name);
        Name = name;
        _client = new StorageClient(StoragePipeline.Build(account, StorageService.Blob, options ?? new StorageClientOptions()), account.BlobEndpoint);
    }

    public static AzureBlobContainer FromConnectionString(string connectionString, string name, StorageClientOptions? options = null) =>
        new(StorageAccount.Parse(connectionString), name, options);

    public string Name { get; }

    public string Location => $"{_client.Location.TrimEnd('/')}/{Name}";

    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken = default)
    {
        using var message = _client.CreateMessage(RequestMethod.Put, Name);
        message.Request.Uri.AppendQuery("restype", "container");
        var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status is not (201 or 409))
        {
            throw _client.Failure(response, $"create container {Name}");
        }
    }

    public async Task<BlobPage> ListPageAsync(string? prefix = null, string? continuationToken = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        if (pageSize is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize.Value, nameof(pageSize));
        }
        using var message = _client.CreateMessage(RequestMethod.Get, Name);
        var uri = message.Request.Uri;
        uri.AppendQuery("restype", "container");
        uri.AppendQuery("comp", "list");
        uri.AppendQuery("include", "metadata");
        if (!string.IsNullOrEmpty(prefix))
        {
            uri.AppendQuery("prefix", prefix, escapeValue: true);
        }
        if (continuationToken is not null)
        {
            uri.AppendQuery("marker", continuationToken, escapeValue: true);
        }
        if (pageSize is not null)
        {
            uri.AppendQuery("maxresults", Math.Min(pageSize.Value, 5000).ToString(CultureInfo.InvariantCulture));
        }
        var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => BlobListXml.Parse(response.ContentStream!),
            404 => new BlobPage([], null),
            _ => throw _client.Failure(response, $"list container {Name}"),
        };
    }

    public async Task<BlobItem?> GetPropertiesAsync(string name, CancellationToken cancellationToken = default)
    {
        using var message = _client.CreateMessage(RequestMethod.Head, BlobNames.BlobPath(Name, name));
        var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return response.Status switch
        {
            200 => BlobProperties.FromHeaders(name, response),
            404 => null,
            _ => throw _client.Failure(response, $"read the properties of blob {name}"),
        };
    }

    public async Task<BlobContent> GetAsync(string name, long maxBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var message = _client.CreateMessage(RequestMethod.Get, BlobNames.BlobPath(Name, name));
        // Stream the response: the headers say how long the blob is before any of its body is read.
        message.BufferResponse = false;
        var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            throw _client.Failure(response, $"read blob {name}");
        }
        var item = BlobProperties.FromHeaders(name, response);
        if (item.ContentLength > maxBytes)
        {
            return new BlobContent(item, null);
        }
        var bytes = await ReadAtMostAsync(response.ContentStream!, maxBytes, cancellationToken).ConfigureAwait(false);
        return new BlobContent(item, bytes);
    }

    public async Task<string> PutAsync(string name, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata = null, bool overwrite = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        var path = BlobNames.BlobPath(Name, name);
        BlobMetadata.Validate(metadata);
        var response = await SendPutAsync(path, content, contentType, metadata, overwrite, cancellationToken).ConfigureAwait(false);
        if (response.Status == 404)
        {
            // Created on first use, like tables: only the first write to a new container pays for it.
            await CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            response = await SendPutAsync(path, content, contentType, metadata, overwrite, cancellationToken).ConfigureAwait(false);
        }
        return response.Status == 201
            ? response.Headers.ETag?.ToString("H") ?? ""
            : throw _client.Failure(response, $"write blob {name}");
    }

    private async Task<Response> SendPutAsync(string path, ReadOnlyMemory<byte> content, string contentType,
        IReadOnlyDictionary<string, string>? metadata, bool overwrite, CancellationToken cancellationToken)
    {
        using var message = _client.CreateMessage(RequestMethod.Put, path);
        var headers = message.Request.Headers;
        headers.SetValue("x-ms-blob-type", "BlockBlob");
        headers.SetValue("Content-Type", contentType);
        if (!overwrite)
        {
            headers.SetValue("If-None-Match", "*");
        }
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            headers.SetValue("x-ms-meta-" + key, value);
        }
        message.Request.Content = RequestContent.Create(content);
        var response = await _client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        // The message (and its buffered response) is disposed here; the caller only reads status and headers.
        return response;
    }

    private static async Task<byte[]?> ReadAtMostAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        await using (body.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }
    }
}
