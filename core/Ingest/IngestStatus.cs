namespace Recaps.Core.Ingest;

/// <summary>What one ingest did.</summary>
public enum IngestStatus
{
    /// <summary>A name the store had no moves for; its moves are stored.</summary>
    New,

    /// <summary>The same bytes as last time: nothing written (or only a crashed write repaired).</summary>
    Unchanged,

    /// <summary>Changed content under a known name: its moves replaced the old ones.</summary>
    Replaced,

    /// <summary>Not parseable (empty, binary, no market data, too large): recorded with the reason, nothing else written.</summary>
    Quarantined,
}
