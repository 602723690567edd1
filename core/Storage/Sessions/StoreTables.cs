namespace Recaps.Core.Storage.Sessions;

/// <summary>The tables of the session store (ARCHITECTURE.md, storage key design).</summary>
public static class StoreTables
{
    /// <summary>PartitionKey instrument key, RowKey inverted date + article + version + sequence: newest first.</summary>
    public const string MovesByInstrument = "MovesByInstrument";

    /// <summary>PartitionKey market + date, RowKey instrument + article + version + sequence.</summary>
    public const string MovesBySession = "MovesBySession";

    /// <summary>PartitionKey market (and "all"), RowKey inverted date + article + version.</summary>
    public const string Sessions = "Sessions";

    /// <summary>PartitionKey article id, one row: the article's status, hashes and the version readers see.</summary>
    public const string Articles = "Articles";

    /// <summary>PartitionKey article id, a row per data row any version of the article wrote: what a replacement deletes.</summary>
    public const string ArticleRows = "ArticleRows";

    /// <summary>PartitionKey instrument kind, RowKey instrument key: every name, alias, ticker and venue seen.</summary>
    public const string Instruments = "Instruments";

    /// <summary>PartitionKey "digest", RowKey session date (yyyy-MM-dd): the digest composed for that session, once.</summary>
    public const string Digests = "Digests";

    public static IReadOnlyList<string> All { get; } = [MovesByInstrument, MovesBySession, Sessions, Articles, ArticleRows, Instruments, Digests];
}
