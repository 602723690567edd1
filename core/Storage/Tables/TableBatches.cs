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

    /// <summary>The actions grouped by partition, in chunks of at most 100, keeping their order within a partition.</summary>
    public static IEnumerable<IReadOnlyList<TableAction>> Split(IReadOnlyList<TableAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            foreach (var chunk in partition.Chunk(MaxActions))
            {
                yield return chunk;
            }
        }
    }
}
