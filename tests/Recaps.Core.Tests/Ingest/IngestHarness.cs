using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;
using Recaps.Core.Tests.Storage;
using Recaps.Testing;

namespace Recaps.Core.Tests.Ingest;

/// <summary>
/// A fresh store behind a fault injector, with an ingestor and a clock, for one test: the embedded SQLite store,
/// or tables of its own in Azurite.
/// </summary>
public sealed class IngestHarness : IDisposable
{
    private readonly TempFolder? _folder;

    private IngestHarness(Func<ManualClock, (ITableService Tables, TempFolder? Folder)> backend, IngestOptions? options)
    {
        (var tables, _folder) = backend(Clock);
        Tables = new FaultyTableService(tables);
        Store = new SessionStore(Tables);
        Ingestor = new RecapIngestor(Store, new RecapParser(), Clock, options);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 5, 21, 12, 0, 0, TimeSpan.Zero));

    public FaultyTableService Tables { get; }

    public SessionStore Store { get; }

    public RecapIngestor Ingestor { get; }

    public static IngestHarness Sqlite(IngestOptions? options = null) => new(clock =>
    {
        var folder = new TempFolder();
        return (new SqliteTableService(folder.Path, clock), folder);
    }, options);

    public static IngestHarness Azurite(AzuriteFixture azurite, IngestOptions? options = null) => new(clock =>
    {
        var client = AzuriteFixture.Options();
        // Signatures are checked against the server's clock, so requests are dated by the real one, not the test's.
        client.TimeProvider = TimeProvider.System;
        return (new PrefixedTableService(new AzureTableService(azurite.Account, client), AzuriteFixture.UniqueName("t")[..9]), null);
    }, options);

    public Task<IngestOutcome> IngestAsync(string source, string text) => Ingestor.IngestAsync(Recaps.Document(source, text));

    public Task<List<string>> SnapshotAsync(bool withETags = false) => StoreSnapshot.TakeAsync(Tables, withETags);

    public void Dispose()
    {
        Store.Dispose();
        _folder?.Dispose();
    }
}
