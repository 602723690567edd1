using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Builds Table Storage <c>$filter</c> expressions from values, escaping every string literal (single quotes
/// doubled), in the spirit of Azure.Data.Tables' CreateQueryFilter: values are never interpolated raw.
/// </summary>
public static class ODataFilter
{
    /// <summary>A string literal: <c>O'Brien</c> becomes <c>'O''Brien'</c>.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    public static string Equal(string property, string value) => Compare(property, "eq", value);

    public static string GreaterOrEqual(string property, string value) => Compare(property, "ge", value);

    public static string LessThan(string property, string value) => Compare(property, "lt", value);

    /// <summary>The conditions joined with <c>and</c>; null when there are none.</summary>
    public static string? And(params IEnumerable<string?> conditions)
    {
        var present = conditions.Where(c => !string.IsNullOrEmpty(c)).ToList();
        return present.Count == 0 ? null : string.Join(" and ", present);
    }

    /// <summary>The filter for a <see cref="TableQuery"/>: partition, then the row-key range; null for every row.</summary>
    public static string? For(TableQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return And(
            query.PartitionKey is null ? null : Equal("PartitionKey", query.PartitionKey),
            query.RowKeyFrom is null ? null : GreaterOrEqual("RowKey", query.RowKeyFrom),
            query.RowKeyBefore is null ? null : LessThan("RowKey", query.RowKeyBefore));
    }

    private static string Compare(string property, string op, string value)
    {
        // Property names go into the expression as they are, so they must be plain identifiers.
        if (string.IsNullOrEmpty(property) || !char.IsAsciiLetter(property[0]) || !property.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException($"'{property}' is not a property name.", nameof(property));
        }
        return $"{property} {op} {Literal(value)}";
    }
}
