namespace Recaps.Core.Questions.Dates;

/// <summary>
/// A run of the question: <see cref="Glued"/> says it touches the token before it (no space between),
/// which is how "21.05.2025" differs from "21. 05" and "HK$21" from "on 21".
/// </summary>
internal readonly record struct DateToken(
    DateTokenKind Kind, int Start, int Length, string Text, int Value, int Digits, bool Capitalised, bool Glued, char Mark)
{
    public bool IsWord(string word) => Kind == DateTokenKind.Word && Text == word;

    public bool IsMark(char mark) => Kind == DateTokenKind.Mark && Mark == mark;
}
