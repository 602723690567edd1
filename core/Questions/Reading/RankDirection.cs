namespace Recaps.Core.Questions.Reading;

/// <summary>Which end of a ranking was asked for.</summary>
internal enum RankDirection
{
    Gainers,
    Losers,
    Both,
}
