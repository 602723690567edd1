namespace Recaps.Core.Storage.Tables;

/// <summary>How a write treats the properties of an entity already stored under the same keys.</summary>
public enum TableUpdateMode
{
    /// <summary>The stored entity becomes exactly the new one.</summary>
    Replace,

    /// <summary>The new properties are set; properties the new entity lacks are kept.</summary>
    Merge,
}
