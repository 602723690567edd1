using Recaps.Core.Questions;

namespace Recaps.Bot.Conversations;

/// <summary>
/// One reply before it is shaped for the channel: an <see cref="Answer"/>, or the bot's own plain text (lines
/// separated by '\n') with follow-up suggestions. <see cref="AsCard"/> asks for a card where cards render (a digest).
/// </summary>
internal sealed record BotReply
{
    public Answer? Answer { get; init; }

    public string Text { get; init; } = "";

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public bool AsCard { get; init; }

    /// <summary>Whether the bot asked something back ("which one?"), so the channel may open the input.</summary>
    public bool ExpectsInput { get; init; }

    public static BotReply Say(string text, params IReadOnlyList<string> suggestions) => new() { Text = text, Suggestions = suggestions };

    public static BotReply For(Answer answer) => new()
    {
        Answer = answer,
        Suggestions = answer.Suggestions,
        ExpectsInput = answer.Kind == AnswerKind.Clarify,
    };
}
