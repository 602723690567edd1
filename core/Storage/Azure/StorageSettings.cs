namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Reads a storage account the way the Functions host reads <c>AzureWebJobsStorage</c>: a connection string in
/// the setting itself, else identity-based <c>{prefix}__…</c> settings (':' works as the separator too).
/// </summary>
internal static class StorageSettings
{
    public static StorageAccount? Read(Func<string, string?> setting, string prefix)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        var connectionString = setting(prefix);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return StorageAccount.Parse(connectionString);
        }
        string? Get(string name)
        {
            var value = setting($"{prefix}__{name}") ?? setting($"{prefix}:{name}");
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
        var account = Get("accountName");
        var table = Get("tableServiceUri");
        var blob = Get("blobServiceUri");
        if (account is null && table is null && blob is null)
        {
            return null;
        }
        try
        {
            var credential = StorageCredential.FromToken(StorageConnectionString.TokenCredentialFor(Get("credential"), Get("clientId")));
            return StorageConnectionString.Build(account, table, blob, null, null, credential);
        }
        catch (FormatException ex)
        {
            throw new FormatException($"The {prefix}__* settings are incomplete: {ex.Message}", ex);
        }
    }
}
