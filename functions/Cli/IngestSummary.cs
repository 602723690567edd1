using System.Globalization;
using Recaps.Core.Ingest;

namespace Recaps.Functions.Cli;

/// <summary>Counts of one ingest run, thread-safe, and how to print them.</summary>
internal sealed class IngestSummary
{
    private readonly int[] _counts = new int[Enum.GetValues<IngestStatus>().Length];
    private long _moves;
    private int _failed;

    /// <summary>Articles that could not be read or were busy elsewhere: nothing was stored for them.</summary>
    public int Failed => Volatile.Read(ref _failed);

    public void AddFailed() => Interlocked.Increment(ref _failed);

    public void Add(IngestOutcome outcome)
    {
        Interlocked.Increment(ref _counts[(int)outcome.Status]);
        if (outcome.Status is IngestStatus.New or IngestStatus.Replaced)
        {
            Interlocked.Add(ref _moves, outcome.Moves);
        }
    }

    public int Count(IngestStatus status) => Volatile.Read(ref _counts[(int)status]);

    public int Total => _counts.Sum() + Failed;

    public static string Line(IngestOutcome outcome)
    {
        var status = outcome.Status.ToString().ToLowerInvariant();
        return outcome.Status == IngestStatus.Quarantined || outcome.Reason is not null
            ? $"{status,-11} {outcome.Source}: {outcome.Reason}"
            : string.Create(CultureInfo.InvariantCulture, $"{status,-11} {outcome.Source}: {outcome.Market} {outcome.Date:yyyy-MM-dd}, {outcome.Moves} moves");
    }

    /// <summary>"3 articles: 2 new, 1 unchanged, 0 replaced, 0 quarantined; 41 moves stored".</summary>
    public override string ToString()
    {
        var failed = Failed > 0 ? $", {Failed} failed" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Total} article{(Total == 1 ? "" : "s")}: {Count(IngestStatus.New)} new, {Count(IngestStatus.Unchanged)} unchanged, {Count(IngestStatus.Replaced)} replaced, {Count(IngestStatus.Quarantined)} quarantined{failed}; {Interlocked.Read(ref _moves)} moves stored");
    }
}
