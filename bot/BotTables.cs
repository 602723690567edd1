namespace Recaps.Bot;

/// <summary>The bot's tables, beside the session store's (same account or embedded database).</summary>
public static class BotTables
{
    /// <summary>PartitionKey conversation key, RowKey "context": the follow-up context of the last answer.</summary>
    public const string Conversations = "BotConversations";

    /// <summary>PartitionKey "subscription", RowKey conversation key: who gets the digest, when, and where to send it.</summary>
    public const string Subscriptions = "BotSubscriptions";

    /// <summary>PartitionKey digest date (yyyy-MM-dd), RowKey conversation key: one delivery per subscription per session.</summary>
    public const string Deliveries = "BotDeliveries";

    /// <summary>PartitionKey conversation key, RowKey activity id: activities already handled (channels re-send).</summary>
    public const string Activities = "BotActivities";

    public static IReadOnlyList<string> All { get; } = [Conversations, Subscriptions, Deliveries, Activities];
}
