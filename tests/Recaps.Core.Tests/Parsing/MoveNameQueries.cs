using Recaps.Core.Model;

namespace Recaps.Core.Tests.Parsing;

/// <summary>Looser name matching for instruments the catalogue does not know, where the parser's exact wording may vary.</summary>
internal static class MoveNameQueries
{
    /// <summary>The move's name or one of its aliases contains <paramref name="part"/>, ignoring case ("Nifty IT" ~ "Nifty IT index").</summary>
    public static bool NameContains(this Move move, string part) =>
        move.Name.Contains(part, StringComparison.OrdinalIgnoreCase)
        || move.Aliases.Any(a => a.Contains(part, StringComparison.OrdinalIgnoreCase));
}
