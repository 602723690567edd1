using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;

namespace Recaps.Benchmarks;

/// <summary>
/// A SQLite store holding <see cref="GeneratedSessions"/> for some years, kept under the temp folder keyed by
/// its size so benchmark runs after the first reuse it; a marker file written last says it is complete.
/// </summary>
/// <remarks>
/// Rows are written the way RecapIngestor stores a parsed article (mark the article row, learn instrument
/// names, list and write the version's rows, point the article row at the version), only without parsing
/// text: the reads see exactly what an ingest would have left.
/// </remarks>
internal sealed class GeneratedStore
{
    // Bump when the generator or the SQLite layout changes, so stores cached by an older one are not reused
    // (v2: rowid tables; v3: one ArticleRows entity per version).
    private const string Generation = "v3";
    private const string MarkerName = "generated.txt";

    private GeneratedStore(GeneratedSessions plan, string folder, string summary)
    {
        Plan = plan;
        Folder = folder;
        Summary = summary;
    }

    public GeneratedSessions Plan { get; }

    public string Folder { get; }

    /// <summary>What generation wrote and how long it took, from the marker.</summary>
    public string Summary { get; }

    public long SizeOnDisk => StoreFiles.Size(Folder);

    public static async Task<GeneratedStore> OpenAsync(int years, TextWriter log)
    {
        var plan = new GeneratedSessions(years);
        var folder = Path.Combine(Path.GetTempPath(), "recaps-bench", $"store-{Generation}-{years}y");
        var marker = Path.Combine(folder, MarkerName);
        if (!File.Exists(marker))
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
            await log.WriteLineAsync($"Generating {plan.SessionCount:#,0} sessions ({years} years) into {folder} ...").ConfigureAwait(false);
            var summary = await GenerateAsync(plan, folder, log).ConfigureAwait(false);
            await File.WriteAllTextAsync(marker, summary).ConfigureAwait(false);
        }
        return new GeneratedStore(plan, folder, (await File.ReadAllTextAsync(marker).ConfigureAwait(false)).Trim());
    }

    private static async Task<string> GenerateAsync(GeneratedSessions plan, string folder, TextWriter log)
    {
        var clock = Stopwatch.StartNew();
        long articles = 0;
        long moves = 0;
        var tables = new SqliteTableService(folder, TimeProvider.System);
        using (var store = new SessionStore(tables))
        {
            await store.InitializeAsync().ConfigureAwait(false);
            foreach (var session in plan.All())
            {
                await WriteAsync(store, session).ConfigureAwait(false);
                articles++;
                moves += session.Moves.Count;
                if (articles % 2500 == 0)
                {
                    await log.WriteLineAsync($"  {articles:#,0} articles, {moves:#,0} moves, {clock.Elapsed.TotalSeconds:0} s").ConfigureAwait(false);
                }
            }
        }
        Checkpoint(tables.Location);
        clock.Stop();
        return string.Create(CultureInfo.InvariantCulture,
            $"{plan.Years} years: {articles:#,0} articles, {moves:#,0} moves, generated in {clock.Elapsed.TotalSeconds:0.0} s " +
            $"({articles / clock.Elapsed.TotalSeconds:#,0} articles/s), {StoreFiles.Megabytes(StoreFiles.Size(folder))} on disk");
    }

    // RecapIngestor.StoreAsync for a new article, with the session given instead of parsed.
    private static async Task WriteAsync(SessionStore store, MarketSession session)
    {
        var source = GeneratedSessions.Source(session);
        var id = StoreKeys.ArticleId(source);
        var hash = StoreKeys.ContentHash(Encoding.UTF8.GetBytes(source));
        var version = StoreKeys.Version(hash);
        var received = new DateTimeOffset(session.Date.ToDateTime(new TimeOnly(18, 0)), TimeSpan.FromHours(8));
        var now = TimeProvider.System.GetUtcNow();
        var marked = new ArticleRecord
        {
            Id = id,
            Source = source,
            Status = ArticleStatus.Ingesting,
            ContentHash = hash,
            Bytes = 4_000,
            Received = received,
            IngestedAt = now,
            LeaseExpires = now.AddMinutes(5),
        };
        var etag = await store.WriteArticleAsync(marked, null, CancellationToken.None).ConfigureAwait(false);
        var keys = await store.Catalog.ResolveAndLearnAsync(session, CancellationToken.None).ConfigureAwait(false);
        var rows = SessionRows.Build(session, keys, new ArticleRef(id, source, version, received));
        await store.WriteVersionAsync(id, version, rows, CancellationToken.None).ConfigureAwait(false);
        var stored = marked with
        {
            Status = ArticleStatus.Stored,
            Version = version,
            Market = session.Market,
            Date = session.Date,
            Moves = session.Moves.Count,
            LeaseExpires = null,
        };
        await store.WriteArticleAsync(stored, etag, CancellationToken.None).ConfigureAwait(false);
    }

    // Folds the WAL into the database file, so the size on disk is the store's and reads start from a clean file.
    private static void Checkpoint(string databasePath)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }
}
