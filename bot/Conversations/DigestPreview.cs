using Recaps.Bot.Subscriptions;
using Recaps.Core.Digest;
using Recaps.Core.Questions;

namespace Recaps.Bot.Conversations;

/// <summary>
/// "digest": the latest digest the timer recorded, or, before it has run, the digest of the latest session composed
/// now, exactly as subscribers get it; then whether this conversation gets it daily.
/// </summary>
internal sealed class DigestPreview(DigestLog log, DigestComposer composer, SubscriptionStore subscriptions)
{
    public async Task<BotReply> ShowAsync(string key, CancellationToken cancellationToken)
    {
        string heading;
        string text;
        if (await log.LatestAsync(cancellationToken).ConfigureAwait(false) is { } recorded)
        {
            heading = $"The latest digest, for the session of {MarketText.Date(recorded.Date)}:";
            text = recorded.Text;
        }
        else if (await composer.ComposeAsync(cancellationToken: cancellationToken).ConfigureAwait(false) is { Date: { } date } composed)
        {
            heading = $"The digest of the latest session, {MarketText.Date(date)}:";
            text = DigestText.Render(composed);
        }
        else
        {
            return BotReply.Say("No recaps are stored yet, so there is no digest to show.");
        }
        var subscription = await subscriptions.GetAsync(key, cancellationToken).ConfigureAwait(false);
        var footer = subscription is null
            ? "Say \"subscribe\" to get it here every day."
            : $"You get it here daily at {SubscriptionCommands.When(subscription.DeliverAt, DigestZones.Label(subscription.TimeZone))}.";
        return BotReply.Say($"{heading}\n{text}\n{footer}") with { AsCard = true };
    }
}
