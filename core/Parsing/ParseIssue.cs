namespace Recaps.Core.Parsing;

/// <summary>Why a recap yielded no moves. These are results, not errors: ingest quarantines on them.</summary>
public enum ParseIssue
{
    Empty,
    Binary,
    NoMarketData,
}
