namespace Recaps.Bot.Delivery;

internal enum DeliveryOutcome
{
    NotYetDue,
    AlreadyDelivered,
    Sent,
    RetryLater,
    Unsubscribed,
    Failed,
    Skipped,
}
