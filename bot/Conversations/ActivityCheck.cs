using Recaps.Bot.Protocol;

namespace Recaps.Bot.Conversations;

/// <summary>
/// Whether an inbound activity can be processed: null when it can, else a reason for a 400 response. Every activity
/// needs a type; the ones the bot replies to (messages, conversation updates) need what a reply is addressed with.
/// Activity types the bot ignores need nothing more, so a new type a channel sends is accepted and ignored.
/// </summary>
public static class ActivityCheck
{
    public static string? Problem(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no type.";
        }
        if (!RecapBot.Answers(activity))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return $"A {activity.Type} activity needs a channelId.";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return $"A {activity.Type} activity needs conversation.id.";
        }
        if (string.IsNullOrWhiteSpace(activity.From?.Id))
        {
            return $"A {activity.Type} activity needs from.id.";
        }
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return $"A {activity.Type} activity needs a serviceUrl.";
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
        {
            return "The serviceUrl is not an absolute http(s) URL.";
        }
        return null;
    }
}
