using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>How names become subjects: lists, appositives, objects, pronouns and context.</summary>
internal sealed partial class SentenceWalk
{
    private static readonly HashSet<string> ListJoiners = [",", "and", "&"];

    private static readonly HashSet<string> SubjectOpeners = ["with", "as", "and", "while", "whereas", "but", "then", "meanwhile", "was", "were", "is", "are"];

    private void OnMention(Mention m)
    {
        switch (m.Kind)
        {
            case MentionKind.Venue:
                OnVenue(m);
                return;
            case MentionKind.Blocker when BlocksFigures(m):
                FlushFigureless();
                current.Clear();
                blocked = true;
                return;
            case MentionKind.Blocker:
                return;
        }

        if (m.Kind is MentionKind.Index && m.Market is { } market)
        {
            context.ContextMarket = market is "ASIA" or "GLOBAL" or "EU" ? context.ContextMarket : market;
            sentenceVenue ??= IndexVenue(m.Key);
        }
        else if (m.Kind == MentionKind.Market && m.Market is { } place)
        {
            context.ContextMarket = place;
        }

        if (m.Kind == MentionKind.Pronoun && m.End < tokens.Count && tokens[m.End].Lower == "'s")
        {
            return;
        }

        if (m.IsModifier || (m.Kind == MentionKind.Sector && m.IsDescriptor))
        {
            return;
        }

        var subject = Resolve(m);
        if (subject is null)
        {
            return;
        }

        var isObject = m.IsObject || IsVerbObject(m) || (membersUntil > m.Start);
        if (isObject && !FigureFollows(m.End) && !WhichFollows(m.End))
        {
            // "renewed interest in mining shares": a sector named as an object still moved.
            if (subject.Kind == MentionKind.Sector)
            {
                drafts.Add(NewDraft(subject));
                var d = drafts[^1];
                d.Direction = FigurelessDirection(m.Start, m.End);
            }

            return;
        }

        if (IsListContinuation(m))
        {
            current.Add(NewDraft(subject));
            drafts.Add(current[^1]);
        }
        else
        {
            FlushFigureless();
            current.Clear();
            distribute.Clear();
            current.Add(NewDraft(subject));
            drafts.Add(current[^1]);
        }

        subjectEnd = m.End;
        if (m.End < tokens.Count && tokens[m.End].Lower is "said" or "says" or "told" or "noted" or "reported" or "announced" or "wrote" or "warned" or "predicted" or "expects")
        {
            // A name that said something is a speaker, not a mover.
            drafts.Remove(current[^1]);
            current.Clear();
            blocked = true;
            return;
        }

        blocked = false;
        Remember(subject);
        SkipAppositive(m.End);
    }

    private bool BlocksFigures(Mention m)
    {
        if (m.Start > 0 && tokens[m.Start - 1].Lower is "its" or "their" or "his" or "her")
        {
            return false;
        }

        for (var k = m.End; k < Math.Min(tokens.Count, m.End + 3); k++)
        {
            if (tokens[k].Kind is TokenKind.Number or TokenKind.Currency || cues.At(k) is not null || cues.IsCovered(k))
            {
                return true;
            }
        }

        return false;
    }

    private void Remember(Mention subject)
    {
        switch (subject.Kind)
        {
            case MentionKind.Stock:
                context.LastStock = subject;
                break;
            case MentionKind.Index:
                context.LastIndex = subject;
                break;
        }
    }

    private void OnVenue(Mention m)
    {
        if (i0(m) is "in" or "on" or "onto" || m.Surface.Contains("listed", StringComparison.OrdinalIgnoreCase) || m.Surface.Equals("onshore", StringComparison.OrdinalIgnoreCase))
        {
            var target = current.LastOrDefault();
            if (target is not null && target.Kind == InstrumentKind.Stock)
            {
                if (target.HasFigures && target.Venue is null)
                {
                    target.Venue = m.Venue;
                }
                else if (!target.HasFigures)
                {
                    target.Venue = m.Venue;
                }
            }
        }

        if (m.Market is { } market && market is not ("ASIA" or "EU") && m.Start <= 2)
        {
            context.ContextMarket = market;
        }
    }

    private string i0(Mention m)
    {
        var k = m.Start - 1;
        if (k >= 0 && tokens[k].Lower == "the")
        {
            k--;
        }

        return k >= 0 ? tokens[k].Lower : string.Empty;
    }

    private Mention? Resolve(Mention m)
    {
        if (m.Kind == MentionKind.Market)
        {
            var market = Instruments.Markets.Get(m.Market ?? context.Market);
            var index = Instruments.IndexCatalog.Find(market.MainIndexKey);
            return index is null ? null : new Mention
            {
                Kind = MentionKind.Market, Start = m.Start, End = m.End, Surface = index.Name, Key = index.Key, Market = index.Market,
            };
        }

        if (m.Kind != MentionKind.Pronoun)
        {
            return m;
        }

        var target = m.Key switch
        {
            "stock" => context.LastStock,
            "index" => context.LastIndex,
            _ => current.Count > 0 ? current[^1].Subject : context.PreviousSubject,
        };
        if (target is null)
        {
            return null;
        }

        return new Mention
        {
            Kind = target.Kind, Start = m.Start, End = m.End, Surface = target.Surface, Key = target.Key, Market = target.Market,
            Ticker = target.Ticker, ShortName = target.ShortName, Venue = m.Venue,
        };
    }

    /// <summary>"Keppel led the STI, climbing ...": a name after the subject's verb is its object.</summary>
    private bool IsVerbObject(Mention m)
    {
        if (current.Count == 0 || current.Any(d => d.HasFigures))
        {
            return false;
        }

        var k = m.Start - 1;
        while (k >= subjectEnd && tokens[k].IsWord && tokens[k].Lower is "the" or "a" or "broader" or "blue-chip" or "benchmark")
        {
            k--;
        }

        if (k < subjectEnd)
        {
            return false;
        }

        var before = tokens[k];
        if (ListJoiners.Contains(before.Lower) || SubjectOpeners.Contains(before.Lower) || before.IsPunct(',') || Lexicon.DescriptorNouns.Contains(before.Lower))
        {
            return false;
        }

        for (var j = subjectEnd; j < m.Start; j++)
        {
            if (tokens[j].IsPunct(',') || tokens[j].IsPunct(';'))
            {
                return false;
            }
        }

        return before.IsWord;
    }

    /// <summary>"push the TECH index 1.37% lower", "Commerce and Industry at 0.10 percent", "(up 2.8%)".</summary>
    private bool FigureFollows(int at)
    {
        for (var k = at; k < Math.Min(tokens.Count, at + 4); k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Number || t.Kind == TokenKind.Currency)
            {
                return true;
            }

            if (t.IsPunct('(') || t.Lower is "at" or "up" or "down" or "by" or "higher" or "lower" or "nearly" or "over" or "about" or "around" or "almost"
                || cues.At(k) is not null || cues.IsCovered(k))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    private bool WhichFollows(int at) =>
        at + 2 < tokens.Count && tokens[at].IsPunct(',') && tokens[at + 1].Lower is "which" or "who" && (cues.At(at + 2) is not null || cues.IsCovered(at + 2));

    /// <summary>"Nio and Xpeng lost ...", "Zhaojin Mining (up 6.35%), WuXi AppTec (up 6.09%)": one more name for the list.</summary>
    private bool IsListContinuation(Mention m)
    {
        if (current.Count == 0 || current.Any(d => d.HasFigures || d.Direction is not null))
        {
            return false;
        }

        for (var k = subjectEnd; k < m.Start; k++)
        {
            var t = tokens[k];
            if (!(t.IsPunct(',') || t.Lower is "and" or "&"))
            {
                return false;
            }
        }

        return m.Start > subjectEnd && current[0].Subject.Kind == ResolveKind(m.Kind);
    }

    private static MentionKind ResolveKind(MentionKind kind) => kind == MentionKind.Pronoun ? MentionKind.Stock : kind;

    /// <summary>"HSBC, the heaviest-weighted constituent of the Hang Seng Index, gave back ...": skip the aside.</summary>
    private void SkipAppositive(int at)
    {
        if (at >= tokens.Count || !tokens[at].IsPunct(','))
        {
            return;
        }

        var close = -1;
        for (var k = at + 1; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind is TokenKind.Number or TokenKind.Percent || cues.At(k) is not null || t.IsPunct(';'))
            {
                return;
            }

            if (t.IsPunct(','))
            {
                close = k;
                break;
            }
        }

        if (close < 0 || close + 1 >= tokens.Count)
        {
            return;
        }

        var after = tokens[close + 1];
        var resumes = cues.At(close + 1) is not null || cues.IsCovered(close + 1)
            || after.Lower is "was" or "were" or "is" or "has" or "had" or "also" or "which" or "meanwhile";
        if (resumes)
        {
            skipUntil = close + 1;
        }
    }

    private MoveDraft NewDraft(Mention subject) => new()
    {
        Subject = subject,
        Order = context.Order++,
        Evidence = sentence.Text,
        ContextMarket = context.ContextMarket,
        ContextVenue = sentenceVenue,
        Venue = subject.Venue,
        Period = leadingPeriod,
        FromHeading = sentence.IsHeading,
    };

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
        foreach (var d in open)
        {
            d.Direction = direction ?? section;
            if (d.Direction is not null && d.Qualifier is null)
            {
                d.Qualifier = QualifierAfter(subjectEnd);
            }
        }
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
