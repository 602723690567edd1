using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>The parsed session, and when it has no moves, the reason.</summary>
public sealed record ParseResult(MarketSession Session, ParseIssue? Issue)
{
    public string? IssueMessage => Issue switch
    {
        ParseIssue.Empty => "the recap is empty",
        ParseIssue.Binary => "the recap is not text (binary content)",
        ParseIssue.NoMarketData => "no market moves found",
        _ => null,
    };
}
