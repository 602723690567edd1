namespace Recaps.Core.Model;

/// <summary>What moved: a market index, a single security, a sector or theme, or a commodity.</summary>
public enum InstrumentKind
{
    Index,
    Stock,
    Sector,
    Commodity,
}
