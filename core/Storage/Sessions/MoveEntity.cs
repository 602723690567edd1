using System.Globalization;
using System.Text.Json;
using Recaps.Core.Model;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// A stored move as table properties, identical in both move tables. Figures are kept as decimal text, not
/// Double, so "23,827.70" comes back with its trailing zero and no binary rounding.
/// </summary>
internal static class MoveEntity
{
    /// <summary>Sentences longer than this are cut: a property holds at most 64 KiB, and no answer shows more.</summary>
    public const int MaxTextLength = 4_000;

    public static TableEntity Create(string partitionKey, string rowKey, StoredMove stored)
    {
        var move = stored.Move;
        var figures = move.Figures;
        var entity = new TableEntity(partitionKey, rowKey)
        {
            ["Instrument"] = stored.InstrumentKey,
            ["Kind"] = move.Kind.ToString(),
            ["Name"] = Cut(move.Name),
            ["Aliases"] = move.Aliases.Count == 0 ? null : JsonSerializer.Serialize(move.Aliases.Select(Cut), StoreJson.Default.IEnumerableString),
            ["Venue"] = move.Venue,
            ["Direction"] = move.Direction?.ToString(),
            ["Pct"] = Text(figures.Pct),
            ["PctLow"] = Text(figures.PctLow),
            ["PctHigh"] = Text(figures.PctHigh),
            ["Points"] = Text(figures.Points),
            ["Level"] = Text(figures.Level),
            ["Price"] = Text(figures.Price),
            ["Currency"] = figures.Currency,
            ["PriceChange"] = Text(figures.PriceChange),
            ["ContributionPoints"] = Text(figures.ContributionPoints),
            ["Qualifier"] = move.Qualifier,
            ["Period"] = move.Period?.ToString(),
            ["Session"] = move.Session,
            ["Reason"] = move.Reason is null ? null : Cut(move.Reason),
            ["Evidence"] = Cut(move.Evidence),
            ["Date"] = new DateTimeOffset(stored.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            ["Market"] = stored.Market,
            ["SessionKind"] = stored.SessionKind.ToString(),
            ["ArticleId"] = stored.Article.Id,
            ["Source"] = stored.Article.Source,
            ["Version"] = stored.Article.Version,
            ["Received"] = stored.Article.Received,
            ["Sequence"] = stored.Sequence,
        };
        return entity;
    }

    public static StoredMove Read(TableEntity entity)
    {
        var move = new Move
        {
            Kind = Enum.Parse<InstrumentKind>(Required(entity, "Kind")),
            Name = Required(entity, "Name"),
            Aliases = entity.GetString("Aliases") is { } aliases ? JsonSerializer.Deserialize(aliases, StoreJson.Default.ListString) ?? [] : [],
            Venue = entity.GetString("Venue"),
            Direction = entity.GetString("Direction") is { } direction ? Enum.Parse<Direction>(direction) : null,
            Figures = new Figures
            {
                Pct = Number(entity, "Pct"),
                PctLow = Number(entity, "PctLow"),
                PctHigh = Number(entity, "PctHigh"),
                Points = Number(entity, "Points"),
                Level = Number(entity, "Level"),
                Price = Number(entity, "Price"),
                Currency = entity.GetString("Currency"),
                PriceChange = Number(entity, "PriceChange"),
                ContributionPoints = Number(entity, "ContributionPoints"),
            },
            Qualifier = entity.GetString("Qualifier"),
            Period = entity.GetString("Period") is { } period ? Enum.Parse<MovePeriod>(period) : null,
            Session = entity.GetString("Session"),
            Reason = entity.GetString("Reason"),
            Evidence = Required(entity, "Evidence"),
        };
        var article = new ArticleRef(
            Required(entity, "ArticleId"),
            Required(entity, "Source"),
            Required(entity, "Version"),
            entity.GetDateTimeOffset("Received") ?? DateTimeOffset.MinValue);
        return new StoredMove(
            move,
            Required(entity, "Instrument"),
            DateOnly.FromDateTime(entity.GetDateTimeOffset("Date")!.Value.UtcDateTime),
            Required(entity, "Market"),
            Enum.Parse<SessionKind>(Required(entity, "SessionKind")),
            article,
            entity.GetInt32("Sequence") ?? 0);
    }

    private static string Cut(string text) => text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");

    private static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static decimal? Number(TableEntity entity, string name) =>
        entity.GetString(name) is { } text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;

    private static string Required(TableEntity entity, string name) =>
        entity.GetString(name) ?? throw new StorageException(StorageErrorKind.BadRequest, $"Row ({entity.PartitionKey}, {entity.RowKey}) has no {name}.");
}
