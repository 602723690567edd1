namespace Recaps.Core.Tests.Ingest;

/// <summary>The CrashRecovery tests on the embedded SQLite store.</summary>
public sealed class SqliteCrashRecoveryTests : CrashRecoveryTests
{
    protected override IngestHarness NewHarness() => IngestHarness.Sqlite();
}
