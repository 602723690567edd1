using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Where a figure goes, which way it points, what span it covers, and what caused it.</summary>
internal sealed partial class SentenceWalk
{
    private void Apply(Figure figure)
    {
        if (blocked || current.Count == 0 || IsForecast(figure.Start))
        {
            return;
        }

        var direction = DirectionFor(figure);
        var period = PeriodFor(figure);
        var session = SessionFor(figure);
        var targets = Targets(figure);
        foreach (var draft in targets)
        {
            var d = draft;
            if (figure.IsContribution)
            {
                var taking = figure.Start > 0 && tokens[figure.Start - 1].Lower is "taking" or "took" or "shaving" || Next(figure.End - 1).Lower is "off" or "from";
                d.Contribution = taking ? -figure.Value : figure.Value;
                continue;
            }

            if (NeedsNewDraft(d, figure, period, session))
            {
                d = Clone(d, period, session);
            }

            d.Period ??= period;
            d.Session ??= session;
            Assign(d, figure, direction);
        }

        if (direction is not null)
        {
            lastDirection = direction;
        }
    }

    private static readonly HashSet<string> ForecastWords =
    [
        "expect", "expects", "expected", "forecast", "forecasts", "target", "targets", "implying", "upside", "downside", "predict",
        "predicts", "predicted", "projected", "projects", "estimate", "estimates", "could", "would", "may", "might",
    ];

    /// <summary>A figure after a forecast word in its own clause is someone's expectation, not a move.</summary>
    private bool IsForecast(int at)
    {
        for (var k = at - 1; k >= 0 && !IsHardBoundary(k); k--)
        {
            if (k < reasonUntil)
            {
                break;
            }

            if (tokens[k].IsWord && ForecastWords.Contains(tokens[k].Lower) && !(k + 1 < tokens.Count && tokens[k + 1].Lower is "by"))
            {
                return true;
            }

            if (tokens[k].IsPunct(',') && k < subjectEnd)
            {
                break;
            }
        }

        for (var k = at; k < Math.Min(tokens.Count, at + 4); k++)
        {
            if (tokens[k].Lower is "upside" or "downside")
            {
                return true;
            }
        }

        return false;
    }

    private List<MoveDraft> Targets(Figure figure)
    {
        if (current.Count == 1)
        {
            return [current[0]];
        }

        // "Nio and Xpeng lost 5.1 per cent and 1 per cent, to HK$31.45 and HK$72.85 respectively":
        // as many figures of a kind as names share them out in order; one figure goes to every name.
        var slot = (figure.IsLevel ? FigureKind.Bare : figure.Kind, figure.IsLevel);
        if (!distribute.TryGetValue(slot, out var shareOut))
        {
            var sameKind = 0;
            for (var k = figure.Start; k < tokens.Count && !IsHardBoundary(k); k++)
            {
                if (tokens[k].Kind == TokenKind.Number && FigureReader.Read(tokens, k, context.HomeCurrency) is { } f && f.IsLevel == figure.IsLevel
                    && (f.IsLevel || f.Kind == figure.Kind))
                {
                    sameKind++;
                }
            }

            shareOut = sameKind >= current.Count;
            distribute[slot] = shareOut;
        }

        if (!shareOut)
        {
            return [.. current];
        }

        var open = current.FirstOrDefault(d => IsOpen(d, figure));
        return open is null ? [] : [open];
    }

    private static bool IsOpen(MoveDraft d, Figure figure) => figure.Kind switch
    {
        FigureKind.Pct => d.Pct is null,
        _ when figure.IsLevel => d.Price is null && d.Level is null,
        _ => d.PriceChange is null && d.Points is null,
    };

    private static bool NeedsNewDraft(MoveDraft d, Figure figure, MovePeriod? period, string? session)
    {
        if (d.HasFigures && (d.Period != period || d.Session != session) && !figure.IsLevel)
        {
            return true;
        }

        return figure.Kind switch
        {
            FigureKind.Pct => d.Pct is not null || d.PctLow is not null,
            FigureKind.Points when !figure.IsLevel && d.Kind != InstrumentKind.Stock => d.Points is not null,
            _ => false,
        };
    }

    private MoveDraft Clone(MoveDraft d, MovePeriod? period, string? session)
    {
        var copy = new MoveDraft
        {
            Subject = d.Subject,
            Order = context.Order++,
            Evidence = d.Evidence,
            ContextMarket = d.ContextMarket,
            ContextVenue = d.ContextVenue,
            Period = period,
            Session = session,
            FromHeading = d.FromHeading,
        };
        drafts.Add(copy);
        var at = current.IndexOf(d);
        current[at] = copy;
        return copy;
    }

    private void Assign(MoveDraft d, Figure figure, Direction? direction)
    {
        d.Direction ??= direction;
        var value = figure.Converted ? figure.Value / 100m : figure.Value;
        var isStock = d.Kind is InstrumentKind.Stock or InstrumentKind.Commodity;
        switch (figure.Kind)
        {
            case FigureKind.Pct when figure.RangeHigh is { } high:
                d.PctLow = figure.Value;
                d.PctHigh = high;
                d.Qualifier ??= figure.Qualifier;
                break;
            case FigureKind.Pct:
                d.Pct = figure.Value;
                d.Qualifier = figure.Qualifier ?? d.Qualifier ?? QualifierBefore(figure.Start);
                if (LimitFollows(figure.End))
                {
                    d.Direction ??= Direction.Up;
                    d.Qualifier = d.Direction == Direction.Down ? "limit-down" : "limit-up";
                }

                break;
            case FigureKind.Points when figure.IsLevel:
            case FigureKind.Bare when figure.IsLevel:
            case FigureKind.Money when figure.IsLevel:
                if (isStock)
                {
                    d.Price = value;
                    d.Currency = figure.Currency ?? d.Currency;
                }
                else
                {
                    d.Level = value;
                }

                break;
            case FigureKind.Points:
                if (isStock)
                {
                    d.PriceChange = value;
                }
                else
                {
                    d.Points = value;
                    d.Qualifier ??= figure.Qualifier;
                }

                break;
            case FigureKind.Money:
                if (isStock)
                {
                    d.PriceChange = value;
                    d.ChangeCurrency = figure.Currency;
                }

                break;
            case FigureKind.Bare when figure.Start > 0 && tokens[figure.Start - 1].Lower == "or" && d.Pct is not null:
                if (isStock)
                {
                    d.PriceChange = value;
                }
                else
                {
                    d.Points = value;
                }

                break;
        }
    }

    private string? QualifierBefore(int at)
    {
        for (var k = at - 1; k >= Math.Max(subjectEnd, at - 3); k--)
        {
            switch (tokens[k].Lower)
            {
                case "edging" or "edged" or "edge":
                    return "edged";
                case "inching" or "inched":
                    return "inched";
            }
        }

        return null;
    }

    private bool LimitFollows(int at)
    {
        for (var k = at; k < Math.Min(tokens.Count, at + 3); k++)
        {
            if (tokens[k].Lower is "limit" or "limit-up")
            {
                return true;
            }
        }

        return false;
    }

    private Direction? DirectionFor(Figure figure)
    {
        if (figure.Negative)
        {
            return Direction.Down;
        }

        if (figure.Positive)
        {
            return Direction.Up;
        }

        // Words straight after the figure win: "0.7 percent up", "42.36 points (0.72%) higher", "a 2.84% rise".
        for (var k = figure.End; k < Math.Min(tokens.Count, figure.End + 6); k++)
        {
            var t = tokens[k];
            if (t.IsPunct('(') || t.IsPunct(')') || t.Kind is TokenKind.Number or TokenKind.Percent || t.Lower is "per" or "cent" or "percent" or "or" or "points" or "pct")
            {
                continue;
            }

            if (cues.At(k) is { } after && !(t.Lower is "up" && Next(k).Lower == "to"))
            {
                return after;
            }

            break;
        }

        if (cues.Before(figure.Start - 1, subjectEnd) is { } before)
        {
            return before;
        }

        // Where a move ended says nothing of its direction: only figures of change fall back on the list's.
        return figure.IsLevel && figure.Kind != FigureKind.Pct ? null : lastDirection ?? SentenceReader.SectionDirection(sentence.Section);
    }

}
