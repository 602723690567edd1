using System.Runtime.CompilerServices;
using Recaps.Core.Model;
using Recaps.Core.Tests.Corpus;

namespace Recaps.Core.Tests.Parsing;

/// <summary>Finds parsed moves the way the corpus scorer identifies them, with failure messages that show what was parsed.</summary>
internal static class MoveQueries
{
    /// <summary>
    /// The move's name or an alias equals <paramref name="name"/> after score.py's normalisation: case, punctuation,
    /// "Co"/"Ltd"/"Index"-style suffixes and a ticker's leading zeros do not matter ("Hang Seng" ~ "Hang Seng Index", "00700" ~ "700").
    /// </summary>
    public static bool Is(this Move move, string name)
    {
        var wanted = NameNormalizer.Norm(name);
        return wanted.Length > 0
            && (NameNormalizer.Norm(move.Name) == wanted || move.Aliases.Any(a => NameNormalizer.Norm(a) == wanted));
    }

    /// <summary>
    /// A sector (or an index, which the scorer treats alike) whose name shares score.py's content-word stems with
    /// <paramref name="name"/> ("healthcare" ~ "Hang Seng Healthcare Index", "Properties" ~ "Properties sub-index").
    /// </summary>
    public static bool IsSector(this Move move, string name)
    {
        if (move.Kind is not (InstrumentKind.Sector or InstrumentKind.Index))
        {
            return false;
        }

        var wanted = SectorStems.Of(name);
        var stems = SectorStems.Of(move.Name);
        return wanted.Count > 0 && stems.Count > 0 && (wanted.IsSubsetOf(stems) || stems.IsSubsetOf(wanted));
    }

    /// <summary>Any figure of the move (pct, points, level, price, price change) equals <paramref name="value"/> in size.</summary>
    public static bool HasFigure(this Move move, decimal value)
    {
        var f = move.Figures;
        decimal?[] figures = [f.Pct, f.PctLow, f.PctHigh, f.Points, f.Level, f.Price, f.PriceChange, f.ContributionPoints];
        return figures.Any(x => x is { } v && Math.Abs(v) == Math.Abs(value));
    }

    /// <summary>The one move that matches; fails listing every parsed move when there is none or more than one.</summary>
    public static Move Single(this MarketSession session, Func<Move, bool> match,
        [CallerArgumentExpression(nameof(match))] string description = "")
    {
        var hits = session.Moves.Where(match).ToList();
        Assert.True(hits.Count == 1,
            $"expected exactly one move matching `{description}`, found {hits.Count}.\n{MoveText.List(session.Moves)}");
        return hits[0];
    }

    /// <summary>Fails, listing what was parsed, when no move matches.</summary>
    public static void Some(this MarketSession session, Func<Move, bool> match,
        [CallerArgumentExpression(nameof(match))] string description = "")
    {
        Assert.True(session.Moves.Any(match), $"expected a move matching `{description}`, found none.\n{MoveText.List(session.Moves)}");
    }

    /// <summary>Fails, listing the offending moves, when any move matches.</summary>
    public static void None(this MarketSession session, Func<Move, bool> match,
        [CallerArgumentExpression(nameof(match))] string description = "")
    {
        var hits = session.Moves.Where(match).ToList();
        Assert.True(hits.Count == 0, $"expected no move matching `{description}`, found:\n{MoveText.List(hits)}");
    }
}
