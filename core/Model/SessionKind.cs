namespace Recaps.Core.Model;

/// <summary>Which part of the trading day a recap reports.</summary>
public enum SessionKind
{
    Close,
    Midday,
    Open,
    Intraday,
}
