namespace Recaps.Core.Questions.Reading;

/// <summary>A word of a question: as typed, lower-cased (possessive dropped), and where it stands.</summary>
internal readonly record struct QuestionToken(string Text, string Lower, int Start, int Length)
{
    public int End => Start + Length;
}
