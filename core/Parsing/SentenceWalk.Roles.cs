namespace Recaps.Core.Parsing;

/// <summary>What part a name plays: subject, object, one more of a list, or the head of an aside.</summary>
internal sealed partial class SentenceWalk
{
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
                || t.Lower is "was" or "were" or "is" or "are" or "had" or "has" or "been" or "also"
                || cues.At(k) is not null || cues.IsCovered(k))
            {
                continue;
            }

            return false;
        }

        return false;
    }

    private bool WhichFollows(int at) =>
        at + 2 < tokens.Count && tokens[at].IsPunct(',') && tokens[at + 1].Lower is "which" or "who"
        && (cues.At(at + 2) is not null || cues.IsCovered(at + 2)
            || (tokens[at + 2].Lower is "finished" or "closed" or "ended" or "was" or "were" or "has" or "had" && FigureFollows(at + 3)));

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
            || after.Lower is "was" or "were" or "is" or "has" or "had" or "also" or "which" or "meanwhile"
            || (after.IsWord && !after.IsCapitalized && after.Lower.Length > 3 && after.Lower.EndsWith("ed", StringComparison.Ordinal));
        if (resumes)
        {
            skipUntil = close + 1;
        }
    }
}
