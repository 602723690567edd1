using Recaps.Functions.Cli;

namespace Recaps.Functions.Local;

/// <summary>What SweepRecaps sweeps in the local run: the inbox on the embedded store, the recaps container with blob storage.</summary>
internal interface ILocalSweep
{
    /// <summary>For the start-up output and event lines: "the inbox /path/inbox", "the recaps container at ...".</summary>
    string Description { get; }

    /// <summary>Ingests everything new or changed; per-article problems are counted in the summary, not thrown.</summary>
    Task<IngestSummary> SweepAsync(CancellationToken cancellationToken);
}
