using Recaps.Functions.Cli;

namespace Recaps.Functions.Local;

/// <summary>What one look at inbox files did, and the files still being written or locked (to try again shortly).</summary>
internal sealed record InboxBatch(IngestSummary Summary, IReadOnlyList<string> NotReady);
