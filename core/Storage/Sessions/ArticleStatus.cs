namespace Recaps.Core.Storage.Sessions;

/// <summary>Where an article stands in the store.</summary>
public enum ArticleStatus
{
    /// <summary>A version is being written; readers still see the previous one, if any.</summary>
    Ingesting,

    /// <summary>Parsed and stored; its moves are visible.</summary>
    Stored,

    /// <summary>The latest content could not be parsed; the reason says why. A previous good version stays visible.</summary>
    Quarantined,
}
