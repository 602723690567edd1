using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Which way a name moved when the text gives no figure: "Xiaomi edging higher", "EV producers were buoyant".</summary>
internal sealed partial class SentenceWalk
{
    /// <summary>A name with no figure keeps the direction its words give: "Xiaomi edging higher", "EV producers were buoyant".</summary>
    private void FlushFigureless()
    {
        var open = current.Where(d => !d.HasFigures && d.Direction is null).ToList();
        if (open.Count == 0)
        {
            return;
        }

        var from = open.Min(d => d.Subject.Start);
        var direction = FigurelessDirection(from, subjectEnd);
        var section = SentenceReader.SectionDirection(sentence.Section);
        var zero = direction == Direction.Flat && ClauseSays(subjectEnd, "flat", "unchanged");
        foreach (var d in open)
        {
            d.Direction = direction ?? section;
            if (zero)
            {
                d.Pct = 0;
            }

            if (d.Direction is not null && d.Qualifier is null)
            {
                d.Qualifier = QualifierAfter(subjectEnd);
            }
        }
    }

    private bool ClauseSays(int from, params string[] words)
    {
        for (var k = from; k < tokens.Count && !IsHardBoundary(k) && !tokens[k].IsPunct(','); k++)
        {
            if (words.Contains(tokens[k].Lower))
            {
                return true;
            }
        }

        return false;
    }

    private Direction? FigurelessDirection(int start, int end)
    {
        for (var k = end; k < tokens.Count; k++)
        {
            // "Technology shares including Infosys, HCL Tech and Wipro were the biggest winners".
            if (tokens[k].Lower is "including" || (tokens[k].Lower is "such" && Next(k).Lower == "as"))
            {
                k = MembersEnd(k + (tokens[k].Lower == "such" ? 2 : 1)) - 1;
                continue;
            }

            if (tokens[k].IsPunct(',') && AsideEnd(k) is { } aside)
            {
                k = aside;
                continue;
            }

            if (IsHardBoundary(k) || tokens[k].IsPunct(',') || (mentionAt[k] is { } other && other.Kind is not (MentionKind.Venue or MentionKind.Blocker) && !other.IsModifier)
                || (k > end && IsCauseWord(k)) || tokens[k].Lower == "as")
            {
                break;
            }

            if (cues.At(k) is { } d)
            {
                return d;
            }
        }

        for (var k = start - 1; k >= 0; k--)
        {
            if (tokens[k].Lower == "by" && k > 0 && tokens[k - 1].Lower is "led" or "helped" or "driven" or "lifted" or "supported" or "dragged" or "pulled")
            {
                return tokens[k - 1].Lower is "dragged" or "pulled" ? Direction.Down : lastDirection ?? cues.Before(k - 2, 0);
            }

            if (IsHardBoundary(k) || tokens[k].IsPunct(',') || mentionAt[k] is { Kind: not (MentionKind.Venue or MentionKind.Blocker) })
            {
                break;
            }

            if (cues.At(k) is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private bool IsCauseWord(int k) => tokens[k].Lower switch
    {
        "after" or "following" or "amid" or "amidst" or "because" => true,
        "thanks" or "due" => Next(k).Lower == "to",
        "buoyed" or "boosted" or "driven" or "helped" or "fueled" or "fuelled" or "spurred" or "supported" or "hit" or "dragged" or "weighed" => Next(k).Lower is "by" or "down",
        _ => false,
    };

    /// <summary>The closing comma of a short aside (", by contrast,"), or null.</summary>
    private int? AsideEnd(int comma)
    {
        for (var k = comma + 1; k < Math.Min(tokens.Count, comma + 6); k++)
        {
            if (tokens[k].IsPunct(','))
            {
                return k > comma + 1 ? k : null;
            }

            if (!tokens[k].IsWord || mentionAt[k] is not null || cues.At(k) is not null)
            {
                return null;
            }
        }

        return null;
    }

    private string? QualifierAfter(int at)
    {
        for (var k = at; k < Math.Min(tokens.Count, at + 6); k++)
        {
            if (tokens[k].IsPunct(',') || tokens[k].IsPunct(';'))
            {
                break;
            }

            switch (tokens[k].Lower)
            {
                case "edging" or "edged" or "edge" when k < at + 3:
                    return "edged";
                case "inching" or "inched" when k < at + 3:
                    return "inched";
                case "small" or "modest" or "slight" or "slightly" when k < at + 3:
                    return "modest";
                case "limit-up" or "upper":
                    return "limit-up";
            }
        }

        return null;
    }
}
