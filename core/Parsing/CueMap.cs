using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>The direction word at each token of a sentence, multi-word phrases read first.</summary>
internal sealed class CueMap
{
    private static readonly PhraseTable<bool?> Phrases = new(Lexicon.Phrases);

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

            var flags = tokens[i].Flags;
            if ((flags & WordFlags.CuePhraseStart) != 0 && Phrases.TryMatch(tokens, i, out var up, out var length))
            {
                // "little changed", "barely changed": flat, though no word says which way.
                cues[i] = tokens[i].Lower is "little" or "barely" ? Direction.Flat : up switch { true => Direction.Up, false => Direction.Down, null => null };
                for (var k = i; k < i + length; k++)
                {
                    covered[k] = true;
                }
            }

            if (covered[i])
            {
                continue;
            }

            if ((flags & WordFlags.Cue) == 0 || (i > 0 && tokens[i - 1].Lower is "no" or "not" or "without" or "never"))
            {
                continue;
            }

            cues[i] = (flags & WordFlags.Up) != 0 ? Direction.Up
                : (flags & WordFlags.Down) != 0 ? Direction.Down
                : (flags & WordFlags.Flat) != 0 ? Direction.Flat
                : Direction.Mixed;
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
}
