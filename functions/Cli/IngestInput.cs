using Recaps.Core.Ingest;

namespace Recaps.Functions.Cli;

/// <summary>One article the ingest command found: where it is, the name it is stored under, and how to read it.</summary>
internal sealed record IngestInput(string Source, string Location, Func<long, CancellationToken, Task<RecapDocument>> ReadAsync);
