namespace Recaps.Bot.Cards;

/// <summary>The data the bot's <c>Action.Submit</c> buttons send back, read by the conversation as a question.</summary>
internal static class SubmitData
{
    public const string QuestionField = "question";
}
