using Microsoft.Data.Sqlite;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Benchmarks;

/// <summary>
/// One ingest into a fresh SQLite store in its own folder, as `recaps ingest --data DIR` runs it, or into the
/// (empty) Table Storage a connection string names, as `recaps ingest --storage` runs it: one ingestor,
/// documents one after another or <see cref="Parallel.ForEachAsync{TSource}(IEnumerable{TSource}, ParallelOptions, Func{TSource, CancellationToken, ValueTask})"/>
/// with the CLI's degree. Disposing deletes the SQLite folder unless told to keep it.
/// </summary>
internal sealed class IngestRun : IDisposable
{
    private readonly SessionStore _store;
    private readonly RecapIngestor _ingestor;

    private IngestRun(string? folder, SessionStore store)
    {
        Folder = folder;
        _store = store;
        _ingestor = new RecapIngestor(store, new RecapParser(), TimeProvider.System);
    }

    /// <summary>The SQLite store's folder; null for Table Storage.</summary>
    public string? Folder { get; }

    /// <summary>Leave the store on disk when disposed, for inspection.</summary>
    public bool Keep { get; set; }

    /// <summary>The same degree as functions/Cli/IngestCommand.cs.</summary>
    public static int Degree => Math.Max(2, Environment.ProcessorCount);

    /// <param name="wrap">Wraps the tables, e.g. to count and time every call the ingest makes.</param>
    /// <param name="connectionString">Table Storage to ingest into instead of a new SQLite store; it must hold no articles yet.</param>
    public static async Task<IngestRun> CreateAsync(Func<ITableService, ITableService>? wrap = null, string? connectionString = null)
    {
        var folder = connectionString is null ? Path.Combine(Path.GetTempPath(), "recaps-bench", "ingest-" + Guid.NewGuid().ToString("N")) : null;
        ITableService tables = folder is null
            ? new AzureTableService(StorageAccount.Parse(connectionString!), new StorageClientOptions())
            : new SqliteTableService(folder, TimeProvider.System);
        var store = new SessionStore(wrap is null ? tables : wrap(tables));
        await store.InitializeAsync().ConfigureAwait(false);
        if (folder is null && (await store.GetArticlesAsync().ConfigureAwait(false)).Count > 0)
        {
            store.Dispose();
            throw new InvalidOperationException("--storage needs an empty store (articles already there would be skipped as unchanged): start Azurite with --inMemoryPersistence");
        }
        return new IngestRun(folder, store);
    }

    /// <summary>Ingests every document in order; returns the moves stored. Times each article when given <paramref name="latencies"/>.</summary>
    public async Task<long> SequentialAsync(IReadOnlyList<RecapDocument> documents, Latencies? latencies = null)
    {
        long moves = 0;
        foreach (var document in documents)
        {
            moves += (await IngestAsync(document, latencies, CancellationToken.None).ConfigureAwait(false)).Moves;
        }
        return moves;
    }

    /// <summary>Ingests every document, <see cref="Degree"/> at a time; returns the moves stored.</summary>
    public async Task<long> ParallelAsync(IReadOnlyList<RecapDocument> documents, Latencies? latencies = null)
    {
        long moves = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Degree };
        await Parallel.ForEachAsync(documents, options, async (document, token) =>
        {
            var outcome = await IngestAsync(document, latencies, token).ConfigureAwait(false);
            Interlocked.Add(ref moves, outcome.Moves);
        }).ConfigureAwait(false);
        return moves;
    }

    private Task<IngestOutcome> IngestAsync(RecapDocument document, Latencies? latencies, CancellationToken cancellationToken) =>
        latencies is null
            ? _ingestor.IngestAsync(document, cancellationToken)
            : latencies.TimeAsync(() => _ingestor.IngestAsync(document, cancellationToken));

    /// <summary>Bytes of the store's files (database and WAL); null for Table Storage.</summary>
    public long? SizeOnDisk() => Folder is null ? null : StoreFiles.Size(Folder);

    public void Dispose()
    {
        _store.Dispose();
        // Pooled connections keep the file open; close them before the folder goes.
        SqliteConnection.ClearAllPools();
        if (Folder is not null && !Keep)
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
