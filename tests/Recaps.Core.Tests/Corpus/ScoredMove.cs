namespace Recaps.Core.Tests.Corpus;

/// <summary>
/// A move in the shape score.py compares: the fields of a gold label, or of a parser
/// <see cref="Model.Move"/> converted by <see cref="PredictedMove"/>. Strings are as written
/// (score.py lower-cases them itself); figures are doubles because score.py compares floats.
/// </summary>
internal sealed record ScoredMove
{
    public string? Kind { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>score.py's optional "ticker", "symbol" and "code" keys, which also name the instrument.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    public string? Venue { get; init; }
    public string? Direction { get; init; }
    public double? Pct { get; init; }
    public double? Points { get; init; }
    public double? Level { get; init; }
    public double? Price { get; init; }
    public string? Period { get; init; }
}
