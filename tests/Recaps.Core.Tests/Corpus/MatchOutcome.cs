namespace Recaps.Core.Tests.Corpus;

/// <summary>score.py's match() result: one pair per gold move, in gold order, and the unmatched predictions.</summary>
internal sealed record MatchOutcome(IReadOnlyList<MatchedPair> Pairs, IReadOnlyList<ScoredMove> Extra);
