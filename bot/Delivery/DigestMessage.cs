using Recaps.Bot.Protocol;
using Recaps.Core.Digest;
using Recaps.Core.Questions;

namespace Recaps.Bot.Delivery;

/// <summary>The proactive message that carries a digest to one subscribed conversation (PROTOCOLS.md 2.5).</summary>
internal static class DigestMessage
{
    public static Activity Create(ConversationReference reference, DigestRecord digest) => reference.CreateActivity(ActivityTypes.Message) with
    {
        TextFormat = "plain",
        Text = $"{Title(digest.Date)}\n\n{digest.Text}",
    };

    public static string Title(DateOnly date) => $"Market digest for {MarketText.Date(date)}";
}
