using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Causes: "surged 12.1% following strong earnings guidance" gives the reason "strong earnings guidance".</summary>
internal sealed partial class SentenceWalk
{
    private static readonly HashSet<string> OnReasonNouns =
    [
        "back", "news", "announcement", "report", "reports", "prospect", "prospects", "hopes", "expectation", "expectations",
        "heels", "strength", "release", "launch",
    ];

    private static readonly HashSet<string> NotOnReason =
    [
        "the", "a", "an", "turnover", "volume", "volumes", "its", "their", "average", "track", "course", "top", "board", "record",
    ];

    /// <summary>Where a cause starts ("following strong earnings guidance"), or null when the word opens none here.</summary>
    private int? ReasonStart(int i)
    {
        var t = tokens[i];
        if (!t.IsWord || !Lexicon.ReasonOpeners.Contains(t.Lower))
        {
            return null;
        }

        var next = Next(i);
        var hasFigures = current.Any(d => d.HasFigures);
        var hasDirection = hasFigures || current.Any(d => cues.Before(i - 1, subjectEnd) is not null);
        if (!hasDirection && t.Lower is not ("after" or "following" or "amid" or "amidst"))
        {
            return null;
        }

        int? from = t.Lower switch
        {
            "after" when next.Lower is "hours" || (next.Lower == "the" && i + 2 < tokens.Count && tokens[i + 2].Lower == "bell") => null,
            "after" or "following" or "amid" or "amidst" => i + 1,
            "on" when next.Lower == "the" && i + 2 < tokens.Count && OnReasonNouns.Contains(tokens[i + 2].Lower) => tokens[i + 2].Lower == "back" ? i + 4 : i + 1,
            "on" when next.IsWord && !NotOnReason.Contains(next.Lower) && !Lexicon.IsWeekday(next.Lower, out _) && !Lexicon.Months.Contains(next.Lower)
                && mentionAt[i + 1] is null or { Kind: MentionKind.Blocker } => i + 1,
            "as" when hasFigures && next.Kind != TokenKind.Number && tokens[i - 1].Lower is not ("much" or "many" or "far" or "high" or "low" or "long" or "soon")
                && next.Lower is not ("a" or "well" or "of" or "much" or "many" or "part" or "the" or "high" or "low") => i + 1,
            "as" when hasFigures && next.Lower == "the" && i + 2 < tokens.Count && mentionAt[i + 2] is null => i + 1,
            "thanks" or "due" when next.Lower == "to" => i + 2,
            "because" when next.Lower == "of" => i + 2,
            "buoyed" or "boosted" or "driven" or "helped" or "fueled" or "fuelled" or "spurred" or "supported" or "hit" or "dragged" or "weighed"
                when next.Lower == "by" || (next.Lower == "down" && i + 2 < tokens.Count && tokens[i + 2].Lower == "by") => next.Lower == "by" ? i + 2 : i + 3,
            _ => null,
        };

        if (from is null)
        {
            return null;
        }

        // "after yesterday's debut surge of 16%": a figure on another span is a move, not a cause.
        var end = ClauseEnd(i);
        var hasFigure = false;
        var hasMove = false;
        var hasPeriod = periods.Any(p => p.At > i && p.At < end);
        for (var k = i + 1; k < end; k++)
        {
            hasFigure |= tokens[k].Kind == TokenKind.Percent || tokens[k].Lower is "percent" or "points" or "pct" or "cent";
            hasMove |= cues.At(k) is not null;
            if (tokens[k].IsWord && Lexicon.NonMoveNouns.Contains(tokens[k].Lower))
            {
                return from;
            }
        }

        return hasFigure && hasPeriod && hasMove ? null : from;
    }

    /// <summary>Where a cause clause names something that moved in its own right ("as HSBC gained 2%"), or <paramref name="end"/>.</summary>
    private int EmbeddedMoveStart(int from, int end)
    {
        for (var k = from; k < end; k++)
        {
            if (mentionAt[k] is { Kind: not (MentionKind.Venue or MentionKind.Blocker), IsModifier: false } m && FigureFollows(m.End))
            {
                return k;
            }
        }

        return end;
    }

    private void SetReason(int from, int end)
    {
        if (from >= end)
        {
            return;
        }

        var last = Math.Min(end, from + 30);
        while (last > from && tokens[last - 1].Lower is "as" or "and" or "or" or "while" or "the" or "a" or "an" or "of" or "to" or "after" or "with" or "by" or "in" or "on")
        {
            last--;
        }

        var words = last > from ? MentionFinder.Surface(tokens, from, last).Trim().TrimEnd('.') : string.Empty;
        if (words.Length < 3)
        {
            return;
        }

        foreach (var d in current)
        {
            d.Reason ??= words;
        }

        // "A sank 4.6%, B fell 2.9% and C eased 0.5% after disappointing earnings": the cause closes the list.
        if (end >= tokens.Count - 1)
        {
            foreach (var d in drafts.Where(d => d.Kind == InstrumentKind.Stock && d.HasFigures && d.Reason is null && d.Period is null))
            {
                d.Reason = words;
            }
        }
    }
}
