using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Tests.Storage;

namespace Recaps.Core.Tests.Ingest;

/// <summary>A fresh embedded store behind a fault injector, with an ingestor and a clock, for one test.</summary>
internal sealed class IngestHarness : IDisposable
{
    private readonly TempFolder _folder = new();

    public IngestHarness(IngestOptions? options = null)
    {
        Tables = new FaultyTableService(new SqliteTableService(_folder.Path, Clock));
        Store = new SessionStore(Tables);
        Ingestor = new RecapIngestor(Store, new RecapParser(), Clock, options);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 5, 21, 12, 0, 0, TimeSpan.Zero));

    public FaultyTableService Tables { get; }

    public SessionStore Store { get; }

    public RecapIngestor Ingestor { get; }

    public Task<IngestOutcome> IngestAsync(string source, string text) => Ingestor.IngestAsync(Recaps.Document(source, text));

    public Task<List<string>> SnapshotAsync(bool withETags = false) => StoreSnapshot.TakeAsync(Tables, withETags);

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}
