using Recaps.Bot.Protocol;
using Recaps.Core.Digest;
using Recaps.Core.Questions;

namespace Recaps.Bot.Delivery;

/// <summary>The proactive message that carries a digest to one subscribed conversation (PROTOCOLS.md 2.5).</summary>
internal static class DigestMessage
{
    public static Activity Create(ConversationReference reference, DigestRecord digest) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        From = reference.Bot,
        Recipient = reference.User,
        Conversation = reference.Conversation,
        Locale = reference.Locale,
        TextFormat = "plain",
        Text = $"{Title(digest.Date)}\n\n{digest.Text}",
    };

    public static string Title(DateOnly date) => $"Market digest for {MarketText.Date(date)}";
}
