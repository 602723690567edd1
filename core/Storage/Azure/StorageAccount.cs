namespace Recaps.Core.Storage.Azure;

/// <summary>
/// A storage account as the clients need it: its table and blob endpoints and what authorizes requests.
/// Built from a connection string (<see cref="Parse"/>) or from Functions-style settings
/// (<see cref="FromSettings"/>). <see cref="ToString"/> never shows a key or signature.
/// </summary>
public sealed record StorageAccount(string Name, Uri TableEndpoint, Uri BlobEndpoint, StorageCredential Credential)
{
    /// <summary>Azurite's well-known development account (public, documented, not a secret).</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Azurite on this machine: <c>UseDevelopmentStorage=true</c>.</summary>
    public static StorageAccount DevelopmentStorage { get; } = new(
        DevelopmentAccountName,
        new Uri("http://127.0.0.1:10002/" + DevelopmentAccountName),
        new Uri("http://127.0.0.1:10000/" + DevelopmentAccountName),
        StorageCredential.FromAccountKey(DevelopmentAccountKey));

    /// <summary>Reads a storage connection string; <see cref="FormatException"/> says what is wrong without echoing secrets.</summary>
    public static StorageAccount Parse(string connectionString) => StorageConnectionString.Parse(connectionString);

    /// <summary>
    /// The account configured under <paramref name="prefix"/>, as the Functions host reads it: a connection
    /// string in the setting itself, or identity-based settings <c>{prefix}__accountName</c>,
    /// <c>__tableServiceUri</c>, <c>__blobServiceUri</c>, <c>__credential</c> and <c>__clientId</c>.
    /// Null when none of them is set.
    /// </summary>
    public static StorageAccount? FromSettings(Func<string, string?> setting, string prefix = "AzureWebJobsStorage") =>
        StorageSettings.Read(setting, prefix);

    public override string ToString() =>
        $"storage account {Name} (tables {TableEndpoint}, blobs {BlobEndpoint}, {Credential})";
}
