using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>The direction word at each token of a sentence, multi-word phrases read first.</summary>
internal sealed class CueMap
{
    private readonly Direction?[] cues;
    private readonly bool[] covered;

    public CueMap(List<Token> tokens)
    {
        cues = new Direction?[tokens.Count];
        covered = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] || !tokens[i].IsWord)
            {
                continue;
            }

            foreach (var (words, up) in Lexicon.Phrases)
            {
                if (!Matches(tokens, i, words))
                {
                    continue;
                }

                cues[i] = up switch { true => Direction.Up, false => Direction.Down, null => null };
                for (var k = i; k < i + words.Length; k++)
                {
                    covered[k] = true;
                }

                break;
            }

            if (covered[i])
            {
                continue;
            }

            var lower = tokens[i].Lower;
            if (i > 0 && tokens[i - 1].Lower is "no" or "not" or "without" or "never")
            {
                continue;
            }

            if (Lexicon.UpWords.Contains(lower))
            {
                cues[i] = Direction.Up;
            }
            else if (Lexicon.DownWords.Contains(lower))
            {
                cues[i] = Direction.Down;
            }
            else if (Lexicon.FlatWords.Contains(lower))
            {
                cues[i] = Direction.Flat;
            }
            else if (Lexicon.MixedWords.Contains(lower))
            {
                cues[i] = Direction.Mixed;
            }
        }
    }

    public Direction? At(int i) => i >= 0 && i < cues.Length ? cues[i] : null;

    /// <summary>Whether the token is part of a direction phrase (so "up" in "gave up" is not read again).</summary>
    public bool IsCovered(int i) => i >= 0 && i < covered.Length && covered[i];

    public Direction? Before(int from, int floor)
    {
        for (var k = from; k >= Math.Max(0, floor); k--)
        {
            if (cues[k] is { } d)
            {
                return d;
            }
        }

        return null;
    }

    private static bool Matches(List<Token> tokens, int at, string[] words)
    {
        if (at + words.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (tokens[at + k].Lower != words[k])
            {
                return false;
            }
        }

        return true;
    }
}
