using System.Collections.Concurrent;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// The tables of an Azure storage account (or Azurite) over the Table REST API. Build one per account and
/// reuse it for the app's lifetime: it is thread-safe and caches which tables exist.
/// </summary>
public sealed class AzureTableService : ITableService
{
    private readonly StorageClient _client;
    private readonly int _parallelism;
    private readonly ConcurrentDictionary<string, AzureTable> _tables = new(StringComparer.OrdinalIgnoreCase);

    public AzureTableService(StorageAccount account, StorageClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        options ??= new StorageClientOptions();
        _client = new StorageClient(StoragePipeline.Build(account, StorageService.Table, options), account.TableEndpoint);
        _parallelism = options.MaxParallelPartitions;
    }

    public static AzureTableService FromConnectionString(string connectionString, StorageClientOptions? options = null) =>
        new(StorageAccount.Parse(connectionString), options);

    public string Location => _client.Location;

    public ITable GetTable(string name)
    {
        TableKeys.ValidateTableName(name);
        return _tables.GetOrAdd(name, n => new AzureTable(_client, n, _parallelism));
    }
}
