namespace Recaps.Core.Storage.Tables;

/// <summary>
/// Azure's size limits on one entity. The embedded backend checks them too, so what is stored on a laptop
/// can always be stored in Azure.
/// </summary>
internal static class EntityLimits
{
    /// <summary>64 KiB of UTF-16.</summary>
    public const int MaxStringLength = 32 * 1024;

    public const int MaxBinaryLength = 64 * 1024;

    public const int MaxEntityBytes = 1024 * 1024;

    public static void Check(TableEntity entity, int serializedBytes)
    {
        foreach (var (name, value) in entity.Properties)
        {
            var tooLarge = value switch
            {
                string text => text.Length > MaxStringLength,
                byte[] bytes => bytes.Length > MaxBinaryLength,
                _ => false,
            };
            if (tooLarge)
            {
                throw new StorageException(StorageErrorKind.BadRequest, $"Property '{name}' of ({entity.PartitionKey}, {entity.RowKey}) is over 64 KiB.")
                {
                    ErrorCode = "PropertyValueTooLarge",
                };
            }
        }
        if (serializedBytes > MaxEntityBytes)
        {
            throw new StorageException(StorageErrorKind.BadRequest, $"Entity ({entity.PartitionKey}, {entity.RowKey}) is over 1 MiB.")
            {
                ErrorCode = "EntityTooLarge",
            };
        }
    }
}
