namespace Recaps.Core.Questions.Dates;

/// <summary>
/// A date expression and where it sits in the question (UTF-16 offsets), so the caller can cut it out
/// before looking for company names in what is left.
/// </summary>
public sealed record DateMatch(DateQuery Query, int Start, int Length);
