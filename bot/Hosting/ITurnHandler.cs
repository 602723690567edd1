using Recaps.Bot.Protocol;

namespace Recaps.Bot.Hosting;

/// <summary>The bot's logic for one authenticated, well-formed activity: the activities to send back.</summary>
public interface ITurnHandler
{
    Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets that <paramref name="activity"/> was handled, so the channel's re-send of it is answered: for replies
    /// that never reached the user. Best effort; never throws.
    /// </summary>
    Task ForgetAsync(Activity activity, CancellationToken cancellationToken);
}
