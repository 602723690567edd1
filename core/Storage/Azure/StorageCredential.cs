using Azure.Core;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// What authorizes requests to a storage account. The secret never leaves this type except to sign a
/// request: <see cref="ToString"/> names only the kind.
/// </summary>
public sealed class StorageCredential
{
    private StorageCredential(StorageCredentialKind kind, byte[]? key, string? sas, TokenCredential? token)
    {
        Kind = kind;
        Key = key;
        Sas = sas;
        Token = token;
    }

    public StorageCredentialKind Kind { get; }

    /// <summary>The token credential, for <see cref="StorageCredentialKind.Token"/>.</summary>
    public TokenCredential? Token { get; }

    internal byte[]? Key { get; }

    /// <summary>The SAS query without its leading '?'.</summary>
    internal string? Sas { get; }

    /// <summary>An account key as the portal shows it (base64).</summary>
    public static StorageCredential FromAccountKey(string base64Key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(base64Key);
        var key = new byte[base64Key.Length];
        if (!Convert.TryFromBase64String(base64Key.Trim(), key, out var length) || length == 0)
        {
            // Never echo the value: it is a secret, even when malformed.
            throw new FormatException("The storage account key is not valid base64.");
        }
        return new StorageCredential(StorageCredentialKind.SharedKey, key[..length], null, null);
    }

    public static StorageCredential FromSharedAccessSignature(string sas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sas);
        return new StorageCredential(StorageCredentialKind.SharedAccessSignature, null, sas.Trim().TrimStart('?'), null);
    }

    public static StorageCredential FromToken(TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        return new StorageCredential(StorageCredentialKind.Token, null, null, credential);
    }

    public override string ToString() => Kind switch
    {
        StorageCredentialKind.SharedKey => "account key",
        StorageCredentialKind.SharedAccessSignature => "shared access signature",
        _ => $"token ({Token!.GetType().Name})",
    };
}
