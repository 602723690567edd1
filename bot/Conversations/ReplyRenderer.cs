using Recaps.Bot.Cards;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Conversations;

/// <summary>
/// Shapes a <see cref="BotReply"/> for the inbound activity's channel: an Adaptive Card where cards render (the
/// activity's text left empty so the answer is not shown twice, its summary for notifications), the full plain
/// text elsewhere; follow-ups as suggested actions, or as card buttons where suggested actions do not show.
/// </summary>
internal static class ReplyRenderer
{
    public const string PlainText = "plain";
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";

    public static Activity Render(Activity inbound, BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(reply);
        var cards = ChannelTraits.RendersCards(inbound);
        var buttons = cards && !ChannelTraits.ShowsSuggestedActions(inbound);
        var text = reply.Answer?.Text ?? reply.Text;
        var activity = inbound.CreateReply() with
        {
            InputHint = reply.ExpectsInput ? ExpectingInput : AcceptingInput,
            SuggestedActions = buttons || reply.Suggestions.Count == 0
                ? null
                : new SuggestedActions { Actions = [.. reply.Suggestions.Select(CardAction.Say)] },
        };
        if (cards && reply.Answer is { } answer)
        {
            return WithCard(activity, AnswerCard.Build(answer, buttons), answer.Title);
        }
        if (cards && (reply.AsCard || buttons && reply.Suggestions.Count > 0))
        {
            return WithCard(activity, MessageCard.Build(text, buttons ? reply.Suggestions : []), FirstLine(text));
        }
        return activity with { Text = text, TextFormat = PlainText };
    }

    private static Activity WithCard(Activity activity, System.Text.Json.Nodes.JsonObject card, string summary) => activity with
    {
        Summary = summary,
        Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = card }],
    };

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}
