namespace Recaps.Bot.Delivery;

/// <summary>
/// One delivery run. Every subscription counts once: <see cref="NotYetDue"/>, <see cref="AlreadyDelivered"/>, or
/// <see cref="Due"/>, which splits into <see cref="Sent"/>, <see cref="RetryLater"/> (the connector's Retry-After
/// has not passed, or another instance is sending it right now), <see cref="Unsubscribed"/> (conversation gone),
/// <see cref="Failed"/> (retried next run) and <see cref="Skipped"/> (serviceUrl not on the allow-list, or a
/// reference without a conversation: never sent).
/// </summary>
public sealed record DeliverySummary(
    int Due,
    int Sent,
    int AlreadyDelivered,
    int NotYetDue,
    int RetryLater,
    int Unsubscribed,
    int Failed,
    int Skipped);
