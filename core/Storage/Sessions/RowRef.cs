namespace Recaps.Core.Storage.Sessions;

/// <summary>
/// One row a version of an article wrote, as a line of its <see cref="RowList"/> ("table|partition|row";
/// tables and store partition keys never contain '|', and keys never contain line breaks).
/// </summary>
internal readonly record struct RowRef(string Table, string PartitionKey, string RowKey)
{
    public override string ToString() => $"{Table}|{PartitionKey}|{RowKey}";

    public static RowRef Parse(string line)
    {
        var parts = line.Split('|', 3);
        return parts.Length == 3
            ? new RowRef(parts[0], parts[1], parts[2])
            : throw new StorageException(StorageErrorKind.BadRequest, $"'{line}' is not a row reference.");
    }
}
