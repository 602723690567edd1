using System.Globalization;
using Recaps.Core.Model;

namespace Recaps.Core.Tests.Parsing;

/// <summary>One line per move for failure messages.</summary>
internal static class MoveText
{
    private const int Shown = 40;

    public static string List(IReadOnlyCollection<Move> moves)
    {
        if (moves.Count == 0)
        {
            return "Parsed moves: (none)";
        }

        var more = moves.Count > Shown ? $"\n  ... and {moves.Count - Shown} more" : "";
        return $"Parsed moves ({moves.Count}):\n" + string.Join('\n', moves.Take(Shown).Select(Describe)) + more;
    }

    public static string Describe(Move m)
    {
        var f = m.Figures;
        var parts = new List<string> { $"  {m.Kind} {m.Name}" };
        if (m.Aliases.Count > 0)
        {
            parts.Add($"({string.Join(", ", m.Aliases)})");
        }

        parts.Add($"[{m.Venue}] {m.Direction?.ToString() ?? "no direction"}");
        Add(parts, "pct", f.Pct);
        Add(parts, "points", f.Points);
        Add(parts, "level", f.Level);
        Add(parts, "price", f.Price);
        if (f.Currency is not null)
        {
            parts.Add(f.Currency);
        }

        if (m.Period is not null)
        {
            parts.Add($"period={m.Period}");
        }

        if (m.Qualifier is not null)
        {
            parts.Add($"qualifier={m.Qualifier}");
        }

        return string.Join(' ', parts);
    }

    private static void Add(List<string> parts, string label, decimal? value)
    {
        if (value is { } v)
        {
            parts.Add($"{label}={v.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
