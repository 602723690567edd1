namespace Recaps.Core.Questions.Dates;

internal enum DateTokenKind
{
    /// <summary>Letters only; <see cref="DateToken.Text"/> is empty when too long to be a date word.</summary>
    Word,

    /// <summary>One to four ASCII digits.</summary>
    Number,

    /// <summary>"21st", "3rd".</summary>
    Ordinal,

    /// <summary>One character that is neither letter, digit nor space.</summary>
    Mark,

    /// <summary>Anything else ("3x", "123456"): never part of a date.</summary>
    Other,
}
