using Microsoft.Extensions.Logging;
using Recaps.Core.Ingest;
using Recaps.Core.Storage;

namespace Recaps.Functions.Local;

/// <summary>
/// With blob storage, the local run's stand-in for the IngestRecap blob trigger: sweeps the recaps container every
/// few seconds and says when something was ingested (each blob is logged under Recaps.Functions.Pipeline at
/// Information). A storage failure is reported and the next poll tries again.
/// </summary>
internal sealed partial class ContainerPollingService(ContainerSweep sweep, LocalPacing pacing, TimeProvider time, LocalConsole console, ILogger<ContainerPollingService> logger)
    : LocalTrigger
{
    private string? _lastFailure;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await PollAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(pacing.ContainerPoll, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        try
        {
            var summary = await sweep.SweepAsync(stoppingToken).ConfigureAwait(false);
            _lastFailure = null;
            if (summary.Total > summary.Count(IngestStatus.Unchanged))
            {
                console.Event($"recaps container: {summary}");
            }
        }
        catch (StorageException ex)
        {
            LogPollFailed(ex);
            // Once per kind of failure, not every few seconds while the emulator is down.
            if (_lastFailure != ex.Message)
            {
                _lastFailure = ex.Message;
                console.Event($"recaps container: storage failed: {ex.Message.ReplaceLineEndings(" ")} (polling on)");
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling the recaps container failed")]
    private partial void LogPollFailed(Exception exception);
}
