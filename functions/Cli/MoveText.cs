using System.Globalization;
using System.Text;
using Recaps.Core.Model;
using Recaps.Core.Serialization;

namespace Recaps.Functions.Cli;

/// <summary>
/// One move as a line: <c>index      Hang Seng Index  up     +0.6%  +146 pts  level 23,827.79</c>,
/// then the span it covers when that is not the session, then <c>— reason: …</c> when the text gives one.
/// </summary>
internal static class MoveText
{
    public static string Label(Move move) => move.Venue is null ? move.Name : $"{move.Name} [{move.Venue}]";

    public static string Line(Move move, int nameWidth)
    {
        var line = new StringBuilder()
            .Append(move.Kind.ToWireName().PadRight(11))
            .Append(Label(move).PadRight(nameWidth))
            .Append("  ")
            .Append((move.Direction?.ToWireName() ?? "?").PadRight(7))
            .AppendJoin("  ", Figures(move));
        if (move.Reason is not null)
        {
            line.Append("  — reason: ").Append(move.Reason);
        }
        return line.ToString().TrimEnd();
    }

    private static List<string> Figures(Move move)
    {
        var f = move.Figures;
        var parts = new List<string>();
        if (f.Pct is { } pct)
        {
            parts.Add($"{Signed(pct)}%");
        }
        if (f.PctLow is not null || f.PctHigh is not null)
        {
            parts.Add($"{Signed(f.PctLow)}..{Signed(f.PctHigh)}%");
        }
        if (f.Points is { } points)
        {
            parts.Add($"{Signed(points)} pts");
        }
        if (f.Level is { } level)
        {
            parts.Add($"level {Unsigned(level)}");
        }
        if (f.Price is { } price)
        {
            parts.Add(f.Currency is null ? $"price {Unsigned(price)}" : $"price {f.Currency} {Unsigned(price)}");
        }
        if (f.PriceChange is { } change)
        {
            parts.Add($"change {Signed(change)}");
        }
        if (f.ContributionPoints is { } contribution)
        {
            parts.Add($"contributed {Signed(contribution)} pts");
        }
        if (move.Qualifier is { } qualifier)
        {
            // "over +3%": the qualifier belongs to the first figure, or stands alone.
            if (parts.Count == 0)
            {
                parts.Add(qualifier);
            }
            else
            {
                parts[0] = $"{qualifier} {parts[0]}";
            }
        }
        var span = string.Join(", ", new[] { move.Period?.ToWireName(), move.Session }.OfType<string>());
        if (span.Length > 0)
        {
            parts.Add($"({span})");
        }
        return parts;
    }

    private static string Signed(decimal? value) =>
        value?.ToString("+#,0.############;-#,0.############;0", CultureInfo.InvariantCulture) ?? "?";

    private static string Unsigned(decimal value) => value.ToString("#,0.############", CultureInfo.InvariantCulture);
}
