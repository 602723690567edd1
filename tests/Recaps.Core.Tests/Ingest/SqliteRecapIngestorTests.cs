using Recaps.Core.Ingest;

namespace Recaps.Core.Tests.Ingest;

/// <summary>The RecapIngestor tests on the embedded SQLite store.</summary>
public sealed class SqliteRecapIngestorTests : RecapIngestorTests
{
    protected override IngestHarness NewHarness(IngestOptions? options = null) => IngestHarness.Sqlite(options);
}
