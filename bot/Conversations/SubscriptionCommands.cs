using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;
using Recaps.Bot.Subscriptions;

namespace Recaps.Bot.Conversations;

/// <summary>"subscribe [HH:mm] [zone]" and "unsubscribe": the digest subscription of the conversation they are said in.</summary>
internal sealed partial class SubscriptionCommands(SubscriptionStore subscriptions, TimeProvider time, ILogger logger)
{
    public const string HowToChange = "To change it, say \"subscribe\" with a time and zone, for example \"subscribe 07:30 Europe/London\"; to stop, say \"unsubscribe\".";

    public async Task<BotReply> SubscribeAsync(Activity activity, string key, string arguments, CancellationToken cancellationToken)
    {
        if (!DigestSchedule.TryParse(arguments, activity.LocalTimezone, out var schedule, out var problem))
        {
            return BotReply.Say(problem);
        }
        var before = await subscriptions.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var subscription = new Subscription(key, activity.GetConversationReference(), schedule.At, schedule.Zone.Id, time.GetUtcNow());
        await subscriptions.SubscribeAsync(subscription, cancellationToken).ConfigureAwait(false);
        LogSubscribed(key, schedule.At, schedule.Zone.Id);
        var replaced = before is null ? "" : $" (It was {When(before.DeliverAt, DigestZones.Label(before.TimeZone))} before.)";
        return BotReply.Say(
            $"Subscribed: the daily digest at {When(schedule.At, schedule.Zone.Label)}: index closes, biggest movers, sector moves "
            + $"and the reasons given, from the latest session's recaps.{replaced}\n{HowToChange}",
            "digest");
    }

    public async Task<BotReply> UnsubscribeAsync(string key, CancellationToken cancellationToken)
    {
        if (!await subscriptions.UnsubscribeAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return BotReply.Say("There was no digest subscription here to stop. Say \"subscribe\" to get the daily digest.");
        }
        LogUnsubscribed(key);
        return BotReply.Say("Unsubscribed: no more daily digests here. Say \"subscribe\" to start again.");
    }

    /// <summary>"09:00 (Asia/Hong_Kong)".</summary>
    public static string When(TimeOnly at, string zoneLabel) => $"{at:HH\\:mm} ({zoneLabel})";

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationKey} subscribed to the digest at {DeliverAt} {TimeZone}")]
    private partial void LogSubscribed(string conversationKey, TimeOnly deliverAt, string timeZone);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationKey} unsubscribed from the digest")]
    private partial void LogUnsubscribed(string conversationKey);
}
