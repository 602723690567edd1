namespace Recaps.Core.Storage.Azure;

/// <summary>How requests to a storage account are authorized.</summary>
public enum StorageCredentialKind
{
    /// <summary>The account key: SharedKeyLite for tables, SharedKey for blobs.</summary>
    SharedKey,

    /// <summary>A shared access signature appended to every request's query.</summary>
    SharedAccessSignature,

    /// <summary>An Entra ID token (managed identity, developer sign-in ...) sent as a bearer token.</summary>
    Token,
}
