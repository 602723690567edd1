using System.Text.Json;
using System.Text.RegularExpressions;
using Recaps.Bot.Cards;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Conversations;

/// <summary>
/// What the user said: the message text without the @mention of the bot that Teams puts in it, or the question an
/// Adaptive Card button submitted (a message with no text and a <c>value</c> of <c>{"question": …}</c>).
/// </summary>
internal static partial class InboundText
{
    public static string Read(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text;
        if (string.IsNullOrWhiteSpace(text) && activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(SubmitData.QuestionField, out var question) && question.ValueKind == JsonValueKind.String)
        {
            text = question.GetString();
        }
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention is { Type: Entity.MentionType, Text: { Length: > 0 } said } && mention.Mentioned?.Id is { } id
                && activity.Recipient?.Id is { } bot && string.Equals(id, bot, StringComparison.Ordinal))
            {
                text = text.Replace(said, " ", StringComparison.Ordinal);
            }
        }
        // A message that opens with a mention addresses the bot even when the channel sent no entity for it;
        // a colleague mentioned later keeps their name, without the tags.
        text = LeadingMention().Replace(text, " ");
        text = MentionTag().Replace(text, "");
        return text.Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"</?at\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionTag();
}
