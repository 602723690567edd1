using System.Collections.Frozen;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Conversations;

/// <summary>What a channel shows, so a reply is a card where cards render and plain text everywhere else.</summary>
internal static class ChannelTraits
{
    public const string Teams = "msteams";

    // Channels known to render Adaptive Cards; Slack, Telegram, SMS, email and unknown channels get plain text,
    // since a card they cannot render is converted badly or dropped.
    private static readonly FrozenSet<string> CardChannels =
        new[] { "webchat", "directline", Teams, "emulator" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool RendersCards(Activity activity) => activity.ChannelId is { } channel && CardChannels.Contains(channel);

    /// <summary>Teams shows suggested actions only in personal chats; group chats and channels need buttons in the card.</summary>
    public static bool ShowsSuggestedActions(Activity activity) =>
        !string.Equals(activity.ChannelId, Teams, StringComparison.OrdinalIgnoreCase)
        || activity.Conversation is not ({ ConversationType: "groupChat" or "channel" } or { IsGroup: true });
}
