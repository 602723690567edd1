namespace Recaps.Core.Questions.Dates;

/// <summary>A calendar date as written, ending before token <see cref="End"/>; a null date is an impossible one.</summary>
internal readonly record struct ExplicitDate(int End, DateOnly? Date, bool HasYear, string Phrase);
