namespace Recaps.Core.Questions;

/// <summary>What a question asks for.</summary>
public enum QuestionIntent
{
    /// <summary>How one instrument moved (latest, on a date, over a period); an index's close.</summary>
    Move,

    /// <summary>Why an instrument moved.</summary>
    Reason,

    /// <summary>Two or more instruments side by side.</summary>
    Compare,

    /// <summary>Top gainers and/or losers, optionally of a kind, a market, a category.</summary>
    Ranking,

    /// <summary>Every sector move of a session.</summary>
    Sectors,

    /// <summary>How a session went.</summary>
    Summary,

    /// <summary>The sessions and markets the store knows.</summary>
    Sessions,

    /// <summary>What can be asked.</summary>
    Help,
}
