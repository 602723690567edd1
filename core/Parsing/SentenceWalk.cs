using Recaps.Core.Instruments;
using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>
/// One left-to-right pass over a sentence. Names become subjects; each figure goes to the current
/// subject (or to each subject of a list, in order); causes, other spans and appositives are read
/// as such. Drafts with a figure, or with a direction the words give, are kept.
/// </summary>
internal sealed partial class SentenceWalk
{
    private readonly Sentence sentence;
    private readonly List<Token> tokens;
    private readonly Mention?[] mentionAt;
    private readonly CueMap cues;
    private readonly List<(int At, MovePeriod Period)> periods;
    private readonly ArticleContext context;
    private readonly List<MoveDraft> drafts = [];
    private readonly List<MoveDraft> current = [];
    private readonly Dictionary<(FigureKind, bool), bool> distribute = new(2);
    private readonly MovePeriod? leadingPeriod;
    private Direction? lastDirection;
    private string? sentenceVenue;
    private string sentenceMarket;
    private int subjectEnd;
    private int reasonUntil = -1;
    private int skipUntil = -1;
    private bool blocked;

    public SentenceWalk(Sentence sentence, List<Token> tokens, IReadOnlyList<Mention> mentions, ArticleContext context)
    {
        this.sentence = sentence;
        this.tokens = tokens;
        this.context = context;
        mentionAt = new Mention?[tokens.Count];
        foreach (var m in mentions)
        {
            mentionAt[m.Start] = m;
        }

        sentenceMarket = context.Market;
        cues = new CueMap(tokens);
        periods = PeriodFinder.Find(tokens, context.SessionDay);
        var firstMention = mentions.Count > 0 ? mentions[0].Start : tokens.Count;
        var firstNumber = tokens.FindIndex(t => t.Kind == TokenKind.Number);
        foreach (var (at, period) in periods)
        {
            if (at < firstMention && (firstNumber < 0 || at < firstNumber) && at <= 3)
            {
                leadingPeriod = period;
            }
        }

        if (sentence.Section is { } section)
        {
            foreach (var m in mentions.Where(m => m.Kind == MentionKind.Index))
            {
                sentenceVenue ??= IndexVenue(m.Key);
            }

            var sectionTokens = Tokenizer.Tokenize(section);
            for (var k = 0; k < sectionTokens.Count && sentenceVenue is null; k++)
            {
                if (CatalogMatcher.Default.Match(sectionTokens, k, context.Market) is { } hit)
                {
                    sentenceVenue = IndexVenue(hit.Index.Key);
                }
            }
        }
    }

    public void Run(List<MoveDraft> output)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            if (i < skipUntil)
            {
                i++;
                continue;
            }

            var t = tokens[i];
            if (IsHardBoundary(i))
            {
                EndClause();
                i++;
                continue;
            }

            if (t.IsPunct(',') || t.IsPunct(')') || t.Lower is "while" or "whereas" or "but")
            {
                reasonUntil = -1;
                if (t.Lower is "while" or "whereas" or "but")
                {
                    EndClause();
                }

                i++;
                continue;
            }

            if (i < reasonUntil)
            {
                i++;
                continue;
            }

            if (mentionAt[i] is { } mention)
            {
                OnMention(mention);
                i = Math.Max(i + 1, mention.End);
                continue;
            }

            if (t.Lower is "compared" or "versus" or "vs" or "vs.")
            {
                i = ClauseEnd(i);
                continue;
            }

            if (current.Count > 0 && ReasonStart(i) is { } reasonFrom)
            {
                var end = EmbeddedMoveStart(reasonFrom, ClauseEnd(i));
                SetReason(reasonFrom, end);
                reasonUntil = end;
                i++;
                continue;
            }

            if (t.Kind == TokenKind.Number && FigureReader.Read(tokens, i, context.HomeCurrency) is { } figure)
            {
                Apply(figure);
                i = Math.Max(i + 1, figure.End);
                continue;
            }

            i++;
        }

        EndClause();
        Finish(output);
    }

    private Token Next(int i) => i + 1 < tokens.Count ? tokens[i + 1] : Token.None;

    private bool IsHardBoundary(int i)
    {
        var t = tokens[i];
        if (t.IsPunct(';') || t.Text == "\u2014")
        {
            return true;
        }

        // "Infosys: 3.26 per cent" keeps its subject; "Key points:" and "Roundup: HK stocks" do not.
        return t.IsPunct(':') && !(current.Count > 0 && subjectEnd == i && Next(i).Kind == TokenKind.Number);
    }

    private int ClauseEnd(int i)
    {
        for (var k = i + 1; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.IsPunct(',') || t.IsPunct(';') || t.Lower is "while" or "whereas" || t.Text == "\u2014")
            {
                return k;
            }
        }

        return tokens.Count;
    }

    /// <summary>Where a list of names ends: the first word that is not a name, a ticker or a joiner.</summary>
    private int MembersEnd(int from)
    {
        var k = from;
        while (k < tokens.Count)
        {
            if (mentionAt[k] is { } m)
            {
                k = Math.Max(k + 1, m.End);
                continue;
            }

            var t = tokens[k];
            if (t.IsPunct(',') || t.Lower is "and" or "&" or "the")
            {
                k++;
                continue;
            }

            break;
        }

        return k;
    }

    private void EndClause()
    {
        FlushFigureless();
        current.Clear();
        blocked = false;
        reasonUntil = -1;
    }

    private void Finish(List<MoveDraft> output)
    {
        var reporting = -1;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && Lexicon.ReportingWords.Contains(tokens[k].Lower))
            {
                reporting = k;
                break;
            }
        }

        ShareCoordinatedDirections();
        foreach (var d in drafts)
        {
            if (d.Direction is null && !d.HasFigures)
            {
                continue;
            }

            if (!d.HasFigures && (d.Subject.Kind is MentionKind.Market or MentionKind.Commodity || (reporting >= 0 && reporting < d.Subject.Start)))
            {
                continue;
            }

            if (d.Subject.Kind == MentionKind.Market && d.Pct is null && d.Points is null)
            {
                continue;
            }

            if (d.Direction is null && d.Level is null && d.Price is null)
            {
                continue;
            }

            if (d.Direction == Direction.Flat && d.Pct is null && d.PctLow is null && Says("unchanged", "flat"))
            {
                d.Pct = 0;
            }

            output.Add(d);
        }

        var last = drafts.LastOrDefault(d => d.Subject.Kind is MentionKind.Stock or MentionKind.Index);
        if (last is not null)
        {
            context.PreviousSubject = last.Subject;
        }
    }

    private bool Says(params string[] words) => tokens.Any(t => words.Contains(t.Lower));

    private void ShareCoordinatedDirections()
    {
        if (!drafts.Exists(d => d.Subject.Coordination >= 0))
        {
            return;
        }

        foreach (var group in drafts.Where(d => d.Subject.Coordination >= 0).GroupBy(d => d.Subject.Coordination))
        {
            var direction = group.Select(d => d.Direction).FirstOrDefault(d => d is not null);
            foreach (var d in group)
            {
                d.Direction ??= direction;
            }
        }
    }

    private static string? IndexVenue(string? key) => key switch
    {
        "sensex" => "BSE",
        "nifty50" or "niftybank" => "NSE",
        null => null,
        _ => IndexCatalog.Find(key) is { } index && Markets.Find(index.Market) is { } market ? market.DefaultVenue : null,
    };
}
