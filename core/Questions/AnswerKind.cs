namespace Recaps.Core.Questions;

/// <summary>What sort of answer it is, for callers that present them differently.</summary>
public enum AnswerKind
{
    /// <summary>Facts from the recaps.</summary>
    Facts,

    /// <summary>The name matched several instruments: which one?</summary>
    Clarify,

    /// <summary>No recap mentions what was asked about.</summary>
    NotFound,

    /// <summary>The store holds no sessions (for the asked market or date range).</summary>
    NoData,

    /// <summary>What can be asked.</summary>
    Help,
}
