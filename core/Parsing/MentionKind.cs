namespace Recaps.Core.Parsing;

internal enum MentionKind
{
    /// <summary>A catalogue index or named sub-index.</summary>
    Index,
    /// <summary>A company, fund or other single security.</summary>
    Stock,
    /// <summary>A sector, industry or theme.</summary>
    Sector,
    /// <summary>Gold, oil, copper ...: kept only with figures.</summary>
    Commodity,
    /// <summary>"The market", "Hong Kong shares": the market's main index, when figures follow.</summary>
    Market,
    /// <summary>"its shares", "It", "the index": the last instrument of its kind.</summary>
    Pronoun,
    /// <summary>"in Hong Kong", "on the SSE": where a stock moved.</summary>
    Venue,
    /// <summary>A noun whose figures are not a move ("turnover", "profits").</summary>
    Blocker,
}
