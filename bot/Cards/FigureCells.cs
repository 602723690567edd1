using Recaps.Core.Model;
using Recaps.Core.Questions;

namespace Recaps.Bot.Cards;

/// <summary>
/// A move's figures split into the columns of an answer's table, each written by <see cref="MarketText"/>'s
/// helpers so a figure reads as it does in the plain-text answer: change ("+9%", "over +3%", "up"), points
/// ("+146"), level or price ("23,827.79", "HKD 263"). An empty string is an empty cell.
/// </summary>
internal sealed record FigureCells(string Venue, string Change, string Points, string Level)
{
    public static FigureCells Of(Move move)
    {
        ArgumentNullException.ThrowIfNull(move);
        var f = move.Figures;
        var change = new List<string>(2);
        if (f.Pct is { } pct)
        {
            change.Add($"{MarketText.WithSign(pct)}%");
        }
        else if (f.PctLow is not null || f.PctHigh is not null)
        {
            change.Add($"{MarketText.WithSign(f.PctLow)}% to {MarketText.WithSign(f.PctHigh)}%");
        }
        if (f.PriceChange is { } priceChange)
        {
            change.Add(f.Currency is null ? MarketText.WithSign(priceChange) : $"{MarketText.WithSign(priceChange)} {f.Currency}");
        }
        var points = f.Points is { } p ? MarketText.WithSign(p)
            : f.ContributionPoints is { } contribution ? $"{MarketText.WithSign(contribution)} to the index"
            : "";
        var level = f.Level is { } l ? MarketText.Number(l)
            : f.Price is { } price ? (f.Currency is null ? MarketText.Number(price) : $"{f.Currency} {MarketText.Number(price)}")
            : "";
        // A recap that gave only a direction ("CMOC rose") still gets a cell that says so.
        var changeText = change.Count > 0 ? string.Join(", ", change)
            : points.Length == 0 && level.Length == 0 ? MarketText.Direction(move.Direction)
            : "";
        if (move.Qualifier is { } qualifier)
        {
            if (changeText.Length > 0)
            {
                changeText = $"{qualifier} {changeText}";
            }
            else
            {
                points = points.Length > 0 ? $"{qualifier} {points}" : points;
            }
        }
        var venue = move.Venue is { } code ? MarketText.Venue(code) : "";
        return new FigureCells(venue, changeText, points, level);
    }
}
