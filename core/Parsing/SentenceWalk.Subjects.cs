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

        if (m.Kind is MentionKind.Index && m.Market is { } market && Instruments.Markets.Find(market) is not null)
        {
            context.ContextMarket = market;
            sentenceMarket = market;
            sentenceVenue ??= IndexVenue(m.Key);
        }
        else if (m.Kind == MentionKind.Market && m.Market is { } place && Instruments.Markets.Find(place) is not null)
        {
            context.ContextMarket = place;
            sentenceMarket = place;
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

        var isObject = m.IsObject || IsVerbObject(m);
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
        if (WordBefore(m) is "in" or "on" or "onto" || m.Surface.Contains("listed", StringComparison.OrdinalIgnoreCase) || m.Surface.Equals("onshore", StringComparison.OrdinalIgnoreCase))
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

        if (m.Market is { } market && Instruments.Markets.Find(market) is not null && (m.Start <= 2 || m.IsModifier))
        {
            context.ContextMarket = market;
            sentenceMarket = market;
        }
    }

    private string WordBefore(Mention m)
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
            // "Asian shares" name no single benchmark.
            if (Instruments.Markets.Find(m.Market ?? context.Market) is not { } market)
            {
                return null;
            }

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
            _ when leadingPeriod is not null && context.LastIndex is not null => context.LastIndex,
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

    private MoveDraft NewDraft(Mention subject) => new()
    {
        Subject = subject,
        Order = context.Order++,
        Evidence = sentence.Text,
        ContextMarket = subject.Kind == MentionKind.Sector ? sentenceMarket : context.ContextMarket,
        ContextVenue = sentenceVenue,
        Venue = subject.Venue,
        Period = leadingPeriod,
        FromHeading = sentence.IsHeading,
    };
}
