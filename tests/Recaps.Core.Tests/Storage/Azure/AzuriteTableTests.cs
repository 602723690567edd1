using Recaps.Core.Storage;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;
using Recaps.Testing;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>What the contract does not cover and only the REST backend has: credentials, locations, the wire token.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteTableTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task AnyCall_WrongKey_ThrowsUnauthorized()
    {
        var account = azurite.Account with { Credential = StorageCredential.FromAccountKey(Convert.ToBase64String(new byte[64])) };
        var table = new AzureTableService(account, AzuriteFixture.Options()).GetTable(AzuriteFixture.UniqueName("t"));

        var ex = await Assert.ThrowsAsync<StorageException>(() => table.GetAsync("p", "r"));

        Assert.Equal(StorageErrorKind.Unauthorized, ex.Kind);
        Assert.Equal(403, ex.Status);
        Assert.Contains(account.TableEndpoint.Authority, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Location_DevelopmentStorage_IsTheEndpointWithoutSecrets()
    {
        var service = AzureTableService.FromConnectionString("UseDevelopmentStorage=true");

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", service.Location);
    }

    [Fact]
    public async Task QueryPageAsync_ContinuationToken_IsOpaqueAndResumesWhereItStopped()
    {
        var table = new AzureTableService(azurite.Account, AzuriteFixture.Options()).GetTable(AzuriteFixture.UniqueName("t"));
        await table.WriteAsync([.. Enumerable.Range(0, 1_001).Select(i => TableAction.Upsert(new TableEntity("p", i.ToString("D4"))))]);

        var first = await table.QueryPageAsync(TableQuery.Partition("p"));
        var second = await table.QueryPageAsync(TableQuery.Partition("p"), first.ContinuationToken);

        Assert.Equal(1000, first.Entities.Count);
        Assert.DoesNotContain('\n', first.ContinuationToken!);
        Assert.Equal("1000", Assert.Single(second.Entities).RowKey);
        Assert.Null(second.ContinuationToken);
    }

    [Fact]
    public async Task GetAsync_StoredEntity_ReadsBackTimestampAndETag()
    {
        var table = new AzureTableService(azurite.Account, AzuriteFixture.Options()).GetTable(AzuriteFixture.UniqueName("t"));
        var etag = await table.UpsertAsync(new TableEntity("p", "r") { ["Big"] = long.MaxValue, ["When"] = DateTimeOffset.UnixEpoch, ["D"] = 1e-300 });

        var stored = await table.GetAsync("p", "r");

        Assert.Equal(etag, stored!.ETag);
        Assert.NotNull(stored.Timestamp);
        Assert.Equal(long.MaxValue, stored.GetInt64("Big"));
        Assert.Equal(DateTimeOffset.UnixEpoch, stored.GetDateTimeOffset("When"));
        Assert.Equal(1e-300, stored.GetDouble("D"));
    }
}
