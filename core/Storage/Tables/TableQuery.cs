namespace Recaps.Core.Storage.Tables;

/// <summary>
/// The reads the store needs, as values both backends can run: one partition (or all), a row-key range,
/// and a cap on the number of rows. Rows come back in key order (PartitionKey, then RowKey, ordinal).
/// </summary>
public sealed record TableQuery
{
    /// <summary>Only this partition; null reads every partition.</summary>
    public string? PartitionKey { get; init; }

    /// <summary>Only rows whose RowKey is at or after this (inclusive).</summary>
    public string? RowKeyFrom { get; init; }

    /// <summary>Only rows whose RowKey is before this (exclusive).</summary>
    public string? RowKeyBefore { get; init; }

    /// <summary>At most this many rows in all, over every page; null for no cap.</summary>
    public int? Take { get; init; }

    public static TableQuery Partition(string partitionKey) => new() { PartitionKey = partitionKey };

    /// <summary>Rows of one partition whose RowKey starts with <paramref name="prefix"/>.</summary>
    public static TableQuery Prefix(string partitionKey, string prefix) => new()
    {
        PartitionKey = partitionKey,
        RowKeyFrom = prefix,
        RowKeyBefore = prefix.Length == 0 ? null : PrefixEnd(prefix),
    };

    /// <summary>The smallest string greater than every string starting with <paramref name="prefix"/>.</summary>
    internal static string? PrefixEnd(string prefix)
    {
        var chars = prefix.ToCharArray();
        for (var i = chars.Length - 1; i >= 0; i--)
        {
            if (chars[i] != char.MaxValue)
            {
                chars[i]++;
                return new string(chars, 0, i + 1);
            }
        }
        return null;
    }
}
