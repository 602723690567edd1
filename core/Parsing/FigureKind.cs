namespace Recaps.Core.Parsing;

internal enum FigureKind
{
    /// <summary>A percentage change.</summary>
    Pct,
    /// <summary>Index points (or, for a stock, a price change quoted as points).</summary>
    Points,
    /// <summary>An amount in a currency: a price, or a price change.</summary>
    Money,
    /// <summary>A number with no unit: a level after "to"/"at", or points after "3% or ...".</summary>
    Bare,
}
