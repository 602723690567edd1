using Recaps.Bot.Protocol;

namespace Recaps.Bot.Conversations;

public sealed partial class RecapBot
{
    private async Task<IReadOnlyList<BotReply>> TurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = ConversationKey.Of(activity.ChannelId!, activity.Conversation!.Id!);
        if (activity.Id is { Length: > 0 } id && !await _handled.TryRecordAsync(key, id, cancellationToken).ConfigureAwait(false))
        {
            LogDuplicate(activity.Type, id, activity.ChannelId);
            return [];
        }
        var state = await _conversations.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(activity.Type, ActivityTypes.Message, StringComparison.OrdinalIgnoreCase))
        {
            var someoneJoined = activity.MembersAdded?.Any(m => m.Id is { } member && member != activity.Recipient?.Id) == true;
            return someoneJoined && await _conversations.TryMarkWelcomedAsync(key, state, cancellationToken).ConfigureAwait(false)
                ? [BotTexts.Welcome]
                : [];
        }
        var text = InboundText.Read(activity);
        var command = text.Length > MaxQuestionLength ? null : Command.Read(text);
        var replies = new List<BotReply>(2);
        // Some channels send no conversation update with members: the first message is welcomed then, unless it
        // asks for the welcome or the help itself.
        if (await _conversations.TryMarkWelcomedAsync(key, state, cancellationToken).ConfigureAwait(false)
            && command?.Kind is not (CommandKind.Greeting or CommandKind.Help))
        {
            replies.Add(BotTexts.Welcome with { Suggestions = [] });
        }
        replies.Add(await ReplyAsync(activity, key, state, text, command, cancellationToken).ConfigureAwait(false));
        return replies;
    }

    private async Task<BotReply> ReplyAsync(Activity activity, string key, ConversationState state, string text, Command? command, CancellationToken cancellationToken)
    {
        if (command is null)
        {
            LogTooLong(text.Length, activity.ChannelId);
            return BotTexts.TooLong;
        }
        if (text.Length == 0)
        {
            return BotTexts.Empty;
        }
        switch (command.Kind)
        {
            case CommandKind.Greeting:
                return BotTexts.Welcome;
            case CommandKind.Help:
                var help = await _answers.AskAsync("help", null, cancellationToken).ConfigureAwait(false);
                return BotReply.For(help with { Lines = [.. help.Lines, .. BotTexts.Commands] });
            case CommandKind.Subscribe:
                return await _subscriptions.SubscribeAsync(activity, key, command.Argument, cancellationToken).ConfigureAwait(false);
            case CommandKind.Unsubscribe:
                return await _subscriptions.UnsubscribeAsync(key, cancellationToken).ConfigureAwait(false);
            case CommandKind.Digest:
                return await _digest.ShowAsync(key, cancellationToken).ConfigureAwait(false);
            default:
                var answer = await _answers.AskAsync(text, state.Context, cancellationToken).ConfigureAwait(false);
                await _conversations.SaveContextAsync(key, answer.Context, cancellationToken).ConfigureAwait(false);
                return BotReply.For(answer);
        }
    }
}
