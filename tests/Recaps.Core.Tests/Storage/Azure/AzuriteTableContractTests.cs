using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;
using Recaps.Testing;

namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>The table contract on the Table REST backend, against Azurite; each test makes tables of its own.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteTableContractTests(AzuriteFixture azurite) : TableContractTests
{
    protected override ITableService Service { get; } = new AzureTableService(azurite.Account, AzuriteFixture.Options());
}
