using Recaps.Core.Storage.Blobs;
using Recaps.Functions.Cli;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>
/// The recaps container's sweep (RecapFunctions.SweepAsync), one at a time: the polling that stands in for the
/// blob trigger and the SweepRecaps timer share it. A sweep that started finishes, even on Ctrl+C (the host's
/// shutdown timeout, 30 s, is the limit; an ingest cut short is repaired by the next sweep).
/// </summary>
internal sealed class ContainerSweep(RecapFunctions functions, IBlobContainer container) : ILocalSweep, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Description => $"the recaps container {container.Location}";

    public async Task<IngestSummary> SweepAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await functions.SweepAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
