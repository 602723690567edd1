namespace Recaps.Core.Storage.Tables;

/// <summary>The writes a batch can hold.</summary>
public enum TableActionKind
{
    /// <summary>Insert; the batch fails if the entity exists.</summary>
    Add,

    /// <summary>Insert or replace.</summary>
    UpsertReplace,

    /// <summary>Insert or merge.</summary>
    UpsertMerge,

    /// <summary>Delete; the batch fails if the entity does not exist.</summary>
    Delete,
}
