namespace Recaps.Core.Tests.Corpus;

/// <summary>A gold move, the predicted move matched to it (null when missing), and the fields it got wrong.</summary>
internal sealed record MatchedPair(ScoredMove Gold, ScoredMove? Predicted, IReadOnlyList<string> Wrong)
{
    /// <summary>Matched with every field right: a true positive.</summary>
    public bool IsFound => Predicted is not null && Wrong.Count == 0;

    /// <summary>Matched to a prediction that got a field wrong: both a miss and a spurious move.</summary>
    public bool IsWrong => Predicted is not null && Wrong.Count > 0;

    public bool IsMissing => Predicted is null;
}
