using Microsoft.Extensions.Logging;
using Recaps.Core.Digest;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Pipeline;

/// <summary>Builds the functions' services over an opened store: one place, for the handler and the local run alike.</summary>
internal static class PipelineComposer
{
    public static RecapFunctions Create(OpenedStore store, TimeProvider time, ILoggerFactory logging, IngestOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var ingestor = new RecapIngestor(store.Sessions, new RecapParser(), time, options, logging.CreateLogger<RecapIngestor>());
        return new RecapFunctions(
            store.Sessions,
            ingestor,
            store.Container?.Invoke(StoreOptions.RecapsContainer),
            new DigestLog(store.Tables),
            time,
            logging.CreateLogger<RecapFunctions>());
    }
}
