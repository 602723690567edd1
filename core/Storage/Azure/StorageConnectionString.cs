using Azure.Core;
using Azure.Identity;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Parses <c>key=value;…</c> storage connection strings: development storage, account key, SAS, and the
/// identity form (an account name or endpoints with no secret, optionally <c>Credential=managedidentity;ClientId=…</c>).
/// </summary>
internal static class StorageConnectionString
{
    private static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "UseDevelopmentStorage", "DevelopmentStorageProxyUri", "DefaultEndpointsProtocol", "AccountName", "AccountKey",
        "EndpointSuffix", "TableEndpoint", "BlobEndpoint", "QueueEndpoint", "FileEndpoint", "SharedAccessSignature",
        "Credential", "ClientId",
    };

    public static StorageAccount Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var values = Split(connectionString);
        if (values.TryGetValue("UseDevelopmentStorage", out var development))
        {
            if (!bool.TryParse(development, out var use) || !use || values.Count > 1)
            {
                throw new FormatException("UseDevelopmentStorage must be 'true' and stand alone in the connection string.");
            }
            return StorageAccount.DevelopmentStorage;
        }

        var name = values.GetValueOrDefault("AccountName");
        var key = values.GetValueOrDefault("AccountKey");
        var sas = values.GetValueOrDefault("SharedAccessSignature");
        if (key is not null && sas is not null)
        {
            throw new FormatException("The connection string has both AccountKey and SharedAccessSignature; give one.");
        }
        if (key is not null && name is null)
        {
            throw new FormatException("The connection string has an AccountKey but no AccountName.");
        }
        var credential = key is not null ? StorageCredential.FromAccountKey(key)
            : sas is not null ? StorageCredential.FromSharedAccessSignature(sas)
            : StorageCredential.FromToken(TokenCredentialFor(values.GetValueOrDefault("Credential"), values.GetValueOrDefault("ClientId")));
        return Build(name, values.GetValueOrDefault("TableEndpoint"), values.GetValueOrDefault("BlobEndpoint"),
            values.GetValueOrDefault("DefaultEndpointsProtocol"), values.GetValueOrDefault("EndpointSuffix"), credential);
    }

    /// <summary>Endpoints given explicitly win; otherwise they follow from the account name, protocol and suffix.</summary>
    internal static StorageAccount Build(string? name, string? table, string? blob, string? protocol, string? suffix, StorageCredential credential)
    {
        protocol ??= "https";
        if (protocol is not ("https" or "http"))
        {
            throw new FormatException("DefaultEndpointsProtocol must be 'https' or 'http'.");
        }
        suffix ??= "core.windows.net";
        Uri Endpoint(string? given, string service, string key) =>
            given is not null ? ParseEndpoint(given, key)
            : name is not null ? new Uri($"{protocol}://{name}.{service}.{suffix}")
            : throw new FormatException($"The connection string needs an AccountName or a {key}.");
        var tableEndpoint = Endpoint(table, "table", "TableEndpoint");
        var blobEndpoint = Endpoint(blob, "blob", "BlobEndpoint");
        return new StorageAccount(name ?? AccountFromHost(tableEndpoint), tableEndpoint, blobEndpoint, credential);
    }

    internal static TokenCredential TokenCredentialFor(string? credential, string? clientId)
    {
        if (credential is null)
        {
            return clientId is null
                ? new DefaultAzureCredential()
                : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
        }
        if (!credential.Equals("managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException("The only credential type a storage setting may name is 'managedidentity'.");
        }
        return new ManagedIdentityCredential(clientId is null
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(clientId));
    }

    private static Dictionary<string, string> Split(string connectionString)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var position = 0;
        foreach (var segment in connectionString.Split(';'))
        {
            position++;
            if (string.IsNullOrWhiteSpace(segment))
            {
                continue;
            }
            var equals = segment.IndexOf('=', StringComparison.Ordinal);
            var key = equals > 0 ? segment[..equals].Trim() : null;
            if (key is null || !Known.Contains(key))
            {
                // Name the position, not the text: a malformed segment may well be a pasted key.
                throw new FormatException($"Segment {position} of the storage connection string is not a known 'Name=value' setting.");
            }
            var value = segment[(equals + 1)..].Trim();
            if (value.Length == 0)
            {
                throw new FormatException($"The connection string setting {key} is empty.");
            }
            if (!values.TryAdd(key, value))
            {
                throw new FormatException($"The connection string sets {key} twice.");
            }
        }
        if (values.Count == 0)
        {
            throw new FormatException("The storage connection string is empty.");
        }
        return values;
    }

    private static Uri ParseEndpoint(string text, string key)
    {
        if (!Uri.TryCreate(text.TrimEnd('/'), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query))
        {
            throw new FormatException($"{key} must be an absolute http(s) URL without a query.");
        }
        return uri;
    }

    // https://name.table.core.windows.net -> name; a path-style endpoint (Azurite) -> its first segment.
    private static string AccountFromHost(Uri endpoint)
    {
        var path = endpoint.AbsolutePath.Trim('/');
        return path.Length > 0 ? path.Split('/')[0] : endpoint.Host.Split('.')[0];
    }
}
