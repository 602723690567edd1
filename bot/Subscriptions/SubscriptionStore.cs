using System.Globalization;
using System.Text.Json;
using Recaps.Bot.Protocol;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Subscriptions;

/// <summary>
/// The subscriptions (table <see cref="BotTables.Subscriptions"/>), one row per conversation in one partition: the
/// digest timer reads them all in one query. Subscribing again replaces the time and the reference.
/// </summary>
public sealed class SubscriptionStore
{
    private const string Partition = "subscription";
    private readonly ITable _table;

    public SubscriptionStore(ITableService tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.GetTable(BotTables.Subscriptions);
    }

    public async Task SubscribeAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var row = new TableEntity(Partition, subscription.Key)
        {
            ["Reference"] = JsonSerializer.Serialize(subscription.Reference, BotJson.Default.ConversationReference),
            ["DeliverAt"] = subscription.DeliverAt.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["TimeZone"] = subscription.TimeZone,
            ["SubscribedAt"] = subscription.SubscribedAt,
        };
        await _table.UpsertAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the subscription; false when there was none.</summary>
    public Task<bool> UnsubscribeAsync(string key, CancellationToken cancellationToken = default) =>
        _table.DeleteAsync(Partition, key, "*", cancellationToken);

    public async Task<Subscription?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetAsync(Partition, key, cancellationToken).ConfigureAwait(false);
        return row is null ? null : Read(row);
    }

    /// <summary>Every subscription; a row that cannot be read (damaged by hand) is skipped rather than failing the rest.</summary>
    public async Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        var list = new List<Subscription>();
        await foreach (var row in _table.QueryAsync(TableQuery.Partition(Partition), cancellationToken).ConfigureAwait(false))
        {
            if (Read(row) is { } subscription)
            {
                list.Add(subscription);
            }
        }
        return list;
    }

    private static Subscription? Read(TableEntity row)
    {
        try
        {
            var reference = JsonSerializer.Deserialize(row.GetString("Reference") ?? "null", BotJson.Default.ConversationReference);
            if (reference is null
                || !TimeOnly.TryParseExact(row.GetString("DeliverAt"), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                return null;
            }
            return new Subscription(row.RowKey, reference, at, row.GetString("TimeZone") ?? "UTC", row.GetDateTimeOffset("SubscribedAt") ?? default);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
