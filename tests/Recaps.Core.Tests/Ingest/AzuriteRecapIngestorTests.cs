using Recaps.Core.Ingest;
using Recaps.Core.Tests.Storage;
using Recaps.Testing;

namespace Recaps.Core.Tests.Ingest;

/// <summary>The RecapIngestor tests on the Table REST backend, against Azurite.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteRecapIngestorTests(AzuriteFixture azurite) : RecapIngestorTests
{
    protected override IngestHarness NewHarness(IngestOptions? options = null) => IngestHarness.Azurite(azurite, options);
}
