using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Reads the moves of one sentence; the walk itself lives in <see cref="SentenceWalk"/>.</summary>
internal sealed class SentenceReader(MentionFinder finder)
{
    public void Read(Sentence sentence, ArticleContext context, List<MoveDraft> output)
    {
        if (sentence.IsTitleCase)
        {
            return;
        }

        var tokens = sentence.Tokens;
        if (tokens.Count == 0)
        {
            return;
        }

        var mentions = finder.Find(tokens, sentence, context.Market);
        new SentenceWalk(sentence, tokens, mentions, context).Run(output);
    }

    internal static Direction? SectionDirection(string? section) => section switch
    {
        null => null,
        _ when section.Contains("GAINER", StringComparison.OrdinalIgnoreCase) || section.Contains("WINNER", StringComparison.OrdinalIgnoreCase) => Direction.Up,
        _ when section.Contains("LOSER", StringComparison.OrdinalIgnoreCase) || section.Contains("LAGGARD", StringComparison.OrdinalIgnoreCase) => Direction.Down,
        _ => null,
    };
}
