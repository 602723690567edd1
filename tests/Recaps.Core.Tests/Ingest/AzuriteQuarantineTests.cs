using Recaps.Core.Ingest;
using Recaps.Core.Tests.Storage;
using Recaps.Testing;

namespace Recaps.Core.Tests.Ingest;

/// <summary>The Quarantine tests on the Table REST backend, against Azurite.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteQuarantineTests(AzuriteFixture azurite) : QuarantineTests
{
    protected override IngestHarness NewHarness(IngestOptions? options = null) => IngestHarness.Azurite(azurite, options);
}
