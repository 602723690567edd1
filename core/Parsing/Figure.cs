namespace Recaps.Core.Parsing;

/// <summary>One figure read from a sentence, unsigned, with what the words around it say about it.</summary>
internal readonly record struct Figure(
    FigureKind Kind,
    decimal Value,
    int Start,
    int End,
    string? Qualifier,
    string? Currency,
    bool IsLevel,
    bool IsContribution,
    bool Negative,
    bool Positive,
    decimal? RangeHigh,
    bool Converted);
