using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Many writes as batches: actions grouped by partition (in order), cut into batches of at most 100 that touch
/// each row once; partitions run in parallel, each partition's batches in sequence so later writes win.
/// </summary>
internal static class TableWriter
{
    public static async Task WriteAsync(ITable table, IReadOnlyList<TableAction> actions, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var partitions = actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal).Select(TableBatches.Chunk).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(partitions, options, async (batches, ct) =>
        {
            foreach (var batch in batches)
            {
                await table.SubmitBatchAsync(batch, ct).ConfigureAwait(false);
            }
        }).ConfigureAwait(false);
    }
}
