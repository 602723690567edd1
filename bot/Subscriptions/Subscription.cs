using Recaps.Bot.Protocol;

namespace Recaps.Bot.Subscriptions;

/// <summary>
/// A conversation that asked for the daily digest: where to send it, and at what local time in which time zone
/// (an IANA id such as "Asia/Hong_Kong", or "UTC").
/// </summary>
public sealed record Subscription(
    string Key,
    ConversationReference Reference,
    TimeOnly DeliverAt,
    string TimeZone,
    DateTimeOffset SubscribedAt);
