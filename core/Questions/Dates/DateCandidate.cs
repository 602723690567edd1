namespace Recaps.Core.Questions.Dates;

/// <summary>
/// One reading of tokens [First, End). A null query is a blocker: something shaped like a date that is not
/// one ("31 February 2025"), so no shorter reading inside it ("February 2025") may match either.
/// </summary>
internal readonly record struct DateCandidate(int First, int End, DateQuery? Query, int Rank)
{
    // When a question holds several expressions, a day beats a period and an explicit date a relative one.
    public const int DatedWithYear = 4;
    public const int Dated = 3;
    public const int Relative = 2;
    public const int Span = 1;
    public const int Anaphora = 0;

    public static DateCandidate Blocker(int first, int end) => new(first, end, null, -1);
}
