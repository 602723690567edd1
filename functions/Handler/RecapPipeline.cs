using Microsoft.Extensions.Logging;
using Recaps.Functions.Cli;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Handler;

/// <summary>
/// The functions' services over the store, made on the first invocation once the store's tables exist. The handler
/// must answer the host's readiness probe even while storage is down, so opening is not done at start-up; after a
/// storage failure the next invocation tries again.
/// </summary>
internal sealed class RecapPipeline(OpenedStore store, TimeProvider time, ILoggerFactory logging) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RecapFunctions? _functions;

    public OpenedStore Store { get; } = store;

    /// <summary>Throws <see cref="Core.Storage.StorageException"/> when the store's tables cannot be made.</summary>
    public async Task<RecapFunctions> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _functions) is { } ready)
        {
            return ready;
        }
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_functions is null)
            {
                await Store.Sessions.InitializeAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _functions, PipelineComposer.Create(Store, time, logging));
            }
            return _functions;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
