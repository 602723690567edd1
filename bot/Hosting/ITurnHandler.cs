using Recaps.Bot.Protocol;

namespace Recaps.Bot.Hosting;

/// <summary>The bot's logic for one authenticated, well-formed activity: the activities to send back.</summary>
public interface ITurnHandler
{
    Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken);
}
