using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;
using Recaps.Bot.Subscriptions;
using Recaps.Core.Digest;
using Recaps.Core.Questions;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Conversations;

/// <summary>
/// The conversation: one inbound activity in, the replies out (addressed, ready to send). Messages are commands
/// (help, subscribe, unsubscribe, digest) or questions for the <see cref="AnswerService"/>, answered with the
/// conversation's follow-up context; new conversations are welcomed once; re-sent activities are answered once.
/// One instance serves every conversation: all state is in tables, so any instance can take any turn.
/// </summary>
public sealed partial class RecapBot : Hosting.ITurnHandler
{
    /// <summary>Longer messages are not questions (a pasted article, a log); the answer service is not asked.</summary>
    public const int MaxQuestionLength = 2000;

    private readonly AnswerService _answers;
    private readonly ConversationStore _conversations;
    private readonly HandledActivities _handled;
    private readonly SubscriptionCommands _subscriptions;
    private readonly DigestPreview _digest;
    private readonly ILogger _logger;

    public RecapBot(AnswerService answers, SessionStore sessions, ITableService tables, TimeProvider time, ILogger<RecapBot> logger)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _answers = answers;
        _logger = logger;
        _conversations = new ConversationStore(tables, time);
        _handled = new HandledActivities(tables, time);
        var subscriptionStore = new SubscriptionStore(tables);
        _subscriptions = new SubscriptionCommands(subscriptionStore, time, logger);
        _digest = new DigestPreview(new DigestLog(tables), new DigestComposer(sessions), subscriptionStore);
    }

    /// <summary>
    /// The replies to <paramref name="activity"/>; empty for activities the bot ignores (typing, events, invokes,
    /// reactions, unknown types) and for one it has already handled. Never throws for a failed turn: it logs it
    /// and replies with an apology. Only the cancellation of <paramref name="cancellationToken"/> escapes.
    /// </summary>
    public async Task<IReadOnlyList<Activity>> OnTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Answers(activity))
        {
            LogIgnored(activity.Type, activity.ChannelId);
            return [];
        }
        if (ActivityCheck.Problem(activity) is { } problem)
        {
            LogUnprocessable(activity.Type, problem);
            return [];
        }
        IReadOnlyList<BotReply> replies;
        try
        {
            replies = await TurnAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (StorageException ex)
        {
            LogStorageFailed(ex, activity.Type, activity.Id, activity.ChannelId, ex.Kind);
            replies = [BotTexts.StorageDown];
            await ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The one turn-error handler: whatever failed, the user gets an apology, never the exception's text.
            LogTurnFailed(ex, activity.Type, activity.Id, activity.ChannelId);
            replies = [BotTexts.Failed];
            await ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        return [.. replies.Select(reply => ReplyRenderer.Render(activity, reply))];
    }

    /// <summary>
    /// Forgets that <paramref name="activity"/> was handled, so a re-send of it is answered: a failed turn only
    /// apologised, or its replies never reached the user. Best effort; never throws.
    /// </summary>
    public Task ForgetAsync(Activity activity, CancellationToken cancellationToken) =>
        activity?.Id is { Length: > 0 } id && activity.ChannelId is { Length: > 0 } && activity.Conversation?.Id is { Length: > 0 }
            ? _handled.ForgetAsync(ConversationKey.Of(activity.ChannelId!, activity.Conversation!.Id!), id, cancellationToken)
            : Task.CompletedTask;

    /// <summary>
    /// Deletes the records of handled activities older than <paramref name="age"/> (a day is plenty: channels re-send
    /// within seconds); returns how many. For a timer.
    /// </summary>
    public Task<int> PruneHandledActivitiesAsync(TimeSpan age, CancellationToken cancellationToken) =>
        _handled.PruneAsync(age, cancellationToken);

    /// <summary>Whether the bot acts on activities of this type (messages and conversation updates).</summary>
    internal static bool Answers(Activity activity) =>
        string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase)
        || string.Equals(activity.Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase);
}
