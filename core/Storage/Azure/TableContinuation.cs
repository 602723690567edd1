using System.Buffers.Text;
using System.Text;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// The service's two continuation headers (next partition key, next row key) as one opaque token, so callers
/// hold a single string like every other backend's.
/// </summary>
internal static class TableContinuation
{
    public static string? ToToken(string? nextPartitionKey, string? nextRowKey) =>
        nextPartitionKey is null && nextRowKey is null
            ? null
            : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{nextPartitionKey}\n{nextRowKey}"));

    public static (string? NextPartitionKey, string? NextRowKey) FromToken(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("The continuation token was not made by this table.", nameof(token), ex);
        }
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            throw new ArgumentException("The continuation token was not made by this table.", nameof(token));
        }
        static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
        return (NullIfEmpty(text[..newline]), NullIfEmpty(text[(newline + 1)..]));
    }
}
