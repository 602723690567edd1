namespace Recaps.Core.Questions.Dates;

/// <summary>
/// The question's tokens with bounds-checked lookups, so patterns can peek ahead and behind without
/// guarding every index.
/// </summary>
internal sealed class DateTokens(List<DateToken> items)
{
    // Brackets and quotes may touch a date ("(21 May)"); any other mark glued in front makes the number
    // part of something else: "HK$21", "0.21", "3/21".
    private const string Openers = "([{\"'“‘«";

    public int Count => items.Count;

    public DateToken this[int i] => items[i];

    public bool Has(int i) => i >= 0 && i < items.Count;

    /// <summary>The lower-case word at <paramref name="i"/>, or null for anything else.</summary>
    public string? Word(int i) => Has(i) && items[i].Kind == DateTokenKind.Word && items[i].Text.Length > 0 ? items[i].Text : null;

    public bool Is(int i, string word) => Has(i) && items[i].IsWord(word);

    public bool IsMark(int i, char mark) => Has(i) && items[i].IsMark(mark);

    public bool Glued(int i) => Has(i) && items[i].Glued;

    public bool IsNumber(int i) => Has(i) && items[i].Kind == DateTokenKind.Number;

    public bool IsWordLike(int i) => Has(i) && items[i].Kind is DateTokenKind.Word or DateTokenKind.Other;

    public (int Month, bool Short)? Month(int i) => Word(i) is { } w ? DateWords.Month(w) : null;

    public (DayOfWeek Day, bool Short)? Weekday(int i) => Word(i) is { } w ? DateWords.Weekday(w) : null;

    /// <summary>Steps over the dot of "Oct." or "Wed.".</summary>
    public int AfterAbbreviation(int i, bool isShort) => isShort && IsMark(i, '.') && Glued(i) ? i + 1 : i;

    /// <summary>The index after a trailing "morning", "afternoon", "evening" or "night", if there is one.</summary>
    public int AfterTimeOfDay(int i) => Word(i) is { } w && DateWords.IsTimeOfDay(w) ? i + 1 : i;

    public bool CleanStart(int i) => !Glued(i) || (items[i - 1].Kind == DateTokenKind.Mark && Openers.Contains(items[i - 1].Mark, StringComparison.Ordinal));

    /// <summary>
    /// False when the number at <paramref name="i"/> goes on as a bigger number or an amount: "2.5", "1,000",
    /// "10:30", "5%", "5 percent".
    /// </summary>
    public bool CleanEnd(int i)
    {
        var next = i + 1;
        if (IsMark(next, '%') || (Word(next) is { } w && DateWords.IsUnit(w)))
        {
            return false;
        }

        return !(Glued(next) && items[next].Kind == DateTokenKind.Mark && ".,:/-".Contains(items[next].Mark, StringComparison.Ordinal)
            && Glued(next + 1) && items[next + 1].Kind is DateTokenKind.Number or DateTokenKind.Ordinal or DateTokenKind.Other);
    }

    /// <summary>A day of the month: "21", "21st".</summary>
    public int? Day(int i) =>
        Has(i) && (items[i].Kind == DateTokenKind.Ordinal || (items[i].Kind == DateTokenKind.Number && items[i].Digits <= 2))
            && items[i].Value is >= 1 and <= 31 && CleanEnd(i)
            ? items[i].Value
            : null;

    public int? Year(int i) =>
        IsNumber(i) && items[i].Digits == 4 && items[i].Value is >= CalendarMath.FirstYear and <= CalendarMath.LastYear && CleanEnd(i)
            ? items[i].Value
            : null;

    /// <summary>The N of "past N days", in digits or words.</summary>
    public int? Quantity(int i)
    {
        if (IsNumber(i) && items[i].Value >= 1 && CleanStart(i) && CleanEnd(i))
        {
            return items[i].Value;
        }

        return Word(i) is { } w ? DateWords.Count(w) : null;
    }
}
