namespace Recaps.Core.Model;

/// <summary>
/// One thing that moved in one place over one span, as the article states it, with the sentence
/// it was read from. A stock quoted in Hong Kong and Shenzhen is two moves.
/// </summary>
public sealed record Move
{
    public required InstrumentKind Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public string? Venue { get; init; }
    public Direction? Direction { get; init; }
    public Figures Figures { get; init; } = Figures.None;
    public string? Qualifier { get; init; }
    public MovePeriod? Period { get; init; }
    public string? Session { get; init; }
    public string? Reason { get; init; }
    public required string Evidence { get; init; }
}
