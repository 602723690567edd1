namespace Recaps.Core.Storage.Tables;

/// <summary>The rules of an entity group transaction, checked before anything is sent.</summary>
public static class TableBatches
{
    public const int MaxActions = 100;

    /// <summary>Throws unless the actions are 1-100 writes to distinct rows of one partition.</summary>
    public static void Validate(IReadOnlyList<TableAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (actions.Count is 0 or > MaxActions)
        {
            throw new ArgumentException($"A batch holds 1 to {MaxActions} actions, not {actions.Count}.", nameof(actions));
        }
        var partition = actions[0].Entity.PartitionKey;
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            if (!string.Equals(action.Entity.PartitionKey, partition, StringComparison.Ordinal))
            {
                throw new ArgumentException("Every action of a batch must be in the same partition.", nameof(actions));
            }
            if (!rows.Add(action.Entity.RowKey))
            {
                throw new ArgumentException($"Row '{action.Entity.RowKey}' appears twice in one batch.", nameof(actions));
            }
        }
    }

    /// <summary>
    /// The actions grouped by partition, in batches of at most 100 that touch each row once, keeping their order
    /// within a partition: a row written twice lands in two batches, and the later write wins.
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableAction>> Split(IReadOnlyList<TableAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal).SelectMany(Chunk);
    }

    internal static List<List<TableAction>> Chunk(IEnumerable<TableAction> partition)
    {
        var batches = new List<List<TableAction>>();
        var current = new List<TableAction>();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in partition)
        {
            if (current.Count == MaxActions || !rows.Add(action.Entity.RowKey))
            {
                batches.Add(current);
                current = [];
                rows.Clear();
                rows.Add(action.Entity.RowKey);
            }
            current.Add(action);
        }
        if (current.Count > 0)
        {
            batches.Add(current);
        }
        return batches;
    }
}
