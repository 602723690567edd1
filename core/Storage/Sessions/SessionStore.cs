using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// The stored sessions, read the way questions need them: each read is one partition query. Rows are
/// written per article content version and only become visible when the article's row points at that version,
/// so a reader never sees two versions of one article mixed, nor a half-written one.
/// </summary>
public sealed partial class SessionStore : IDisposable
{
    /// <summary>How long a reader trusts an article's visible version without reading it again.</summary>
    public static readonly TimeSpan DefaultVersionLifetime = TimeSpan.FromSeconds(5);

    private readonly ArticleVersions _versions;

    /// <param name="tables">Where the store's tables live.</param>
    /// <param name="versionLifetime">How long reads trust a cached article version (zero: read it every time).</param>
    /// <param name="time">The clock for that cache.</param>
    public SessionStore(ITableService tables, TimeSpan? versionLifetime = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Tables = tables;
        _versions = new ArticleVersions(versionLifetime ?? DefaultVersionLifetime, time ?? TimeProvider.System);
        MovesByInstrument = tables.GetTable(StoreTables.MovesByInstrument);
        MovesBySession = tables.GetTable(StoreTables.MovesBySession);
        Sessions = tables.GetTable(StoreTables.Sessions);
        Articles = tables.GetTable(StoreTables.Articles);
        ArticleRows = tables.GetTable(StoreTables.ArticleRows);
        Catalog = new InstrumentCatalog(tables.GetTable(StoreTables.Instruments));
    }

    /// <summary>Where the store lives, for messages.</summary>
    public string Location => Tables.Location;

    internal ITableService Tables { get; }
    internal ITable MovesByInstrument { get; }
    internal ITable MovesBySession { get; }
    internal ITable Sessions { get; }
    internal ITable Articles { get; }
    internal ITable ArticleRows { get; }
    internal InstrumentCatalog Catalog { get; }

    /// <summary>Creates every table now, so a wrong connection string or credential fails at start-up, not mid-ingest.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var name in StoreTables.All)
        {
            await Tables.GetTable(name).CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ArticleRecord?> GetArticleAsync(string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        var row = await Articles.GetAsync(StoreKeys.ArticleId(source), ArticleEntity.RowKey, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ArticleEntity.Read(row);
    }

    /// <summary>Every article the store has seen, stored or quarantined.</summary>
    public async Task<IReadOnlyList<ArticleRecord>> GetArticlesAsync(CancellationToken cancellationToken = default)
    {
        var articles = new List<ArticleRecord>();
        await foreach (var row in Articles.QueryAsync(new TableQuery(), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(ArticleEntity.Read(row));
        }
        return articles;
    }

    /// <summary>Every instrument any stored recap named, with all its names, aliases, tickers and venues.</summary>
    public Task<IReadOnlyList<InstrumentEntry>> GetInstrumentsAsync(CancellationToken cancellationToken = default) =>
        Catalog.GetAllAsync(cancellationToken);

    public void Dispose() => Catalog.Dispose();
}
