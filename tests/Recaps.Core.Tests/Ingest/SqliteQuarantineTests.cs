using Recaps.Core.Ingest;

namespace Recaps.Core.Tests.Ingest;

/// <summary>The Quarantine tests on the embedded SQLite store.</summary>
public sealed class SqliteQuarantineTests : QuarantineTests
{
    protected override IngestHarness NewHarness(IngestOptions? options = null) => IngestHarness.Sqlite(options);
}
