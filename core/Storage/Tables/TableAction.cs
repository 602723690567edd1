namespace Recaps.Core.Storage.Tables;

/// <summary>One write of a batch.</summary>
public sealed record TableAction(TableActionKind Kind, TableEntity Entity)
{
    public static TableAction Upsert(TableEntity entity) => new(TableActionKind.UpsertReplace, entity);

    public static TableAction Merge(TableEntity entity) => new(TableActionKind.UpsertMerge, entity);

    public static TableAction Add(TableEntity entity) => new(TableActionKind.Add, entity);

    public static TableAction Delete(string partitionKey, string rowKey) =>
        new(TableActionKind.Delete, new TableEntity(partitionKey, rowKey));
}
