using System.Globalization;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>An <see cref="ArticleRecord"/> as the one row of its partition in the Articles table.</summary>
internal static class ArticleEntity
{
    public const string RowKey = "article";

    public static TableEntity Create(ArticleRecord article) => new(article.Id, RowKey)
    {
        ["Source"] = article.Source,
        ["Status"] = article.Status.ToString(),
        ["ContentHash"] = article.ContentHash,
        ["Version"] = article.Version,
        ["Bytes"] = article.Bytes,
        ["Received"] = article.Received,
        ["IngestedAt"] = article.IngestedAt,
        ["Market"] = article.Market,
        ["Date"] = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Moves"] = article.Moves,
        ["QuarantineReason"] = article.QuarantineReason,
        ["BlobETag"] = article.BlobETag,
        ["CleanupPending"] = article.CleanupPending,
    };

    public static ArticleRecord Read(TableEntity row) => new()
    {
        Id = row.PartitionKey,
        Source = row.GetString("Source") ?? row.PartitionKey,
        Status = Enum.TryParse<ArticleStatus>(row.GetString("Status"), out var status) ? status : ArticleStatus.Ingesting,
        ContentHash = row.GetString("ContentHash") ?? string.Empty,
        Version = row.GetString("Version"),
        Bytes = row.GetInt64("Bytes") ?? 0,
        Received = row.GetDateTimeOffset("Received") ?? DateTimeOffset.MinValue,
        IngestedAt = row.GetDateTimeOffset("IngestedAt") ?? DateTimeOffset.MinValue,
        Market = row.GetString("Market"),
        Date = row.GetString("Date") is { } date ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        Moves = row.GetInt32("Moves") ?? 0,
        QuarantineReason = row.GetString("QuarantineReason"),
        BlobETag = row.GetString("BlobETag"),
        CleanupPending = row.GetBoolean("CleanupPending") ?? false,
    };
}
