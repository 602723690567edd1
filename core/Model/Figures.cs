namespace Recaps.Core.Model;

/// <summary>
/// The numbers the text gives for one move. <see cref="Pct"/> and <see cref="Points"/> are signed
/// (negative for a fall); <see cref="Level"/> and <see cref="Price"/> are where it ended, unsigned.
/// Every field is null when the text does not state it.
/// </summary>
public sealed record Figures
{
    public static Figures None { get; } = new();

    public decimal? Pct { get; init; }
    public decimal? PctLow { get; init; }
    public decimal? PctHigh { get; init; }
    public decimal? Points { get; init; }
    public decimal? Level { get; init; }
    public decimal? Price { get; init; }
    public string? Currency { get; init; }
    public decimal? PriceChange { get; init; }
    public decimal? ContributionPoints { get; init; }

    public bool IsEmpty => Pct is null && PctLow is null && Points is null && Level is null && Price is null && PriceChange is null;
}
