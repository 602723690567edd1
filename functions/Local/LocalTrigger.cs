using Microsoft.Extensions.Hosting;

namespace Recaps.Functions.Local;

/// <summary>
/// A trigger of the local run (the inbox, the container polling, a timer): it starts once the whole app has
/// started, the server included, so a run that cannot listen (the port is taken by another local run) never
/// ingests or fires anything; it stops as a <see cref="BackgroundService"/> does.
/// </summary>
internal abstract class LocalTrigger : BackgroundService, IHostedLifecycleService
{
    public override Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        OnStarting();
        return base.StartAsync(cancellationToken);
    }

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs before <see cref="BackgroundService.ExecuteAsync"/> starts, and before start-up completes.</summary>
    protected virtual void OnStarting()
    {
    }
}
