using System.Text;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// The ArticleRows entities listing every row one version of an article writes: partition = article id,
/// RowKey "version|0000", a "Rows" property of one <see cref="RowRef"/> per line. A few entities per version
/// instead of one per row keep an ingest's writes (and Azure's transactions) small.
/// </summary>
internal static class RowList
{
    private const string RowsProperty = "Rows";

    // Under the 32 Ki-character limit of a string property.
    private const int MaxChunkLength = 30_000;

    public static IEnumerable<TableEntity> Create(string articleId, string version, IEnumerable<RowRef> rows)
    {
        var chunk = new StringBuilder();
        var index = 0;
        foreach (var line in rows.Select(r => r.ToString()))
        {
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > MaxChunkLength)
            {
                yield return Entity(articleId, version, index++, chunk);
                chunk.Clear();
            }
            chunk.Append(chunk.Length == 0 ? "" : "\n").Append(line);
        }
        if (chunk.Length > 0)
        {
            yield return Entity(articleId, version, index, chunk);
        }
    }

    public static string VersionOf(TableEntity entity)
    {
        var separator = entity.RowKey.IndexOf('|', StringComparison.Ordinal);
        return separator > 0
            ? entity.RowKey[..separator]
            : throw new StorageException(StorageErrorKind.BadRequest, $"'{entity.RowKey}' is not an ArticleRows key.");
    }

    public static IEnumerable<RowRef> Read(TableEntity entity) =>
        (entity.GetString(RowsProperty) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(RowRef.Parse);

    private static TableEntity Entity(string articleId, string version, int index, StringBuilder rows) =>
        new(articleId, $"{version}|{index:D4}") { [RowsProperty] = rows.ToString() };
}
