using Recaps.Core.Serialization;
using Recaps.Core.Model;

namespace Recaps.Core.Tests.Corpus;

/// <summary>Converts the parser's <see cref="Move"/> to the shape `recaps parse --json` prints (SCHEMA.md).</summary>
internal static class PredictedMove
{
    public static ScoredMove From(Move move) => new()
    {
        Kind = move.Kind.ToString().ToLowerInvariant(),
        Name = move.Name,
        Aliases = move.Aliases,
        Venue = move.Venue,
        Direction = move.Direction?.ToString().ToLowerInvariant(),
        Pct = (double?)move.Figures.Pct,
        Points = (double?)move.Figures.Points,
        Level = (double?)move.Figures.Level,
        Price = (double?)move.Figures.Price,
        Period = move.Period?.ToWireName(),
    };
}
