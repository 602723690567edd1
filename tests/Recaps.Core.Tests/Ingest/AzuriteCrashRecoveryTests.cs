using Recaps.Core.Tests.Storage;
using Recaps.Testing;

namespace Recaps.Core.Tests.Ingest;

/// <summary>The CrashRecovery tests on the Table REST backend, against Azurite.</summary>
[Collection(AzuriteTests.Name)]
public sealed class AzuriteCrashRecoveryTests(AzuriteFixture azurite) : CrashRecoveryTests
{
    protected override IngestHarness NewHarness() => IngestHarness.Azurite(azurite);
}
