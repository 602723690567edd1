using Recaps.Core.Ingest;

namespace Recaps.Functions.Cli;

/// <summary>One article the ingest command found, and how to ingest it; a null outcome means it vanished meanwhile.</summary>
internal sealed record IngestInput(string Source, Func<IngestContext, CancellationToken, Task<IngestOutcome?>> IngestAsync);
