using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>A move being assembled from a sentence; <see cref="MoveMerger"/> turns drafts into moves.</summary>
internal sealed class MoveDraft
{
    public required Mention Subject { get; init; }
    public required int Order { get; init; }
    public required string Evidence { get; init; }
    public required string ContextMarket { get; init; }
    public string? Venue { get; set; }
    public Direction? Direction { get; set; }
    public decimal? Pct { get; set; }
    public decimal? PctLow { get; set; }
    public decimal? PctHigh { get; set; }
    public decimal? Points { get; set; }
    public decimal? Level { get; set; }
    public decimal? Price { get; set; }
    public string? Currency { get; set; }
    public decimal? PriceChange { get; set; }
    public string? ChangeCurrency { get; set; }
    public decimal? Contribution { get; set; }
    public string? Qualifier { get; set; }
    public MovePeriod? Period { get; set; }
    public string? Session { get; set; }
    public string? Reason { get; set; }
    public string? ContextVenue { get; set; }
    public bool FromHeading { get; set; }

    public bool HasFigures => Pct is not null || PctLow is not null || Points is not null || Level is not null || Price is not null || PriceChange is not null;


    public InstrumentKind Kind => Subject.Kind switch
    {
        MentionKind.Index or MentionKind.Market => InstrumentKind.Index,
        MentionKind.Sector => InstrumentKind.Sector,
        MentionKind.Commodity => InstrumentKind.Commodity,
        _ => InstrumentKind.Stock,
    };
}
