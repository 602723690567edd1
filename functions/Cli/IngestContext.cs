using Recaps.Core.Ingest;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Functions.Cli;

/// <summary>What an <see cref="IngestInput"/> ingests with: the store, its ingestor and, with --storage, the uploader.</summary>
internal sealed record IngestContext(SessionStore Store, RecapIngestor Ingestor, BlobIngestor? Uploads, IngestOptions Limits);
