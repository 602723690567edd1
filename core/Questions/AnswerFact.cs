using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Questions;

/// <summary>One stored move an answer rests on, and the group it is shown in ("Gainers", "Losers"), if any.</summary>
public sealed record AnswerFact(StoredMove Move, string? Group = null);
