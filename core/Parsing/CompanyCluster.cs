namespace Recaps.Core.Parsing;

/// <summary>One company as an article names it: its fullest name, the other names and tickers, and where its ticker trades.</summary>
internal sealed class CompanyCluster
{
    public required string Name { get; init; }
    public List<string> Aliases { get; } = [];
    public string? TickerVenue { get; set; }
}
