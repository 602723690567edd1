using System.Buffers;
using System.Text;

namespace Recaps.Core.Storage.Tables;

/// <summary>
/// The key and property-name rules of Azure Table Storage, enforced the same way by every backend so a
/// key that works on the embedded store also works in Azure.
/// </summary>
public static class TableKeys
{
    /// <summary>Azure allows 1 KiB; Azurite rejects keys over 512 characters, so we stay under that.</summary>
    public const int MaxKeyLength = 512;

    public const int MaxPropertyNameLength = 255;

    public static bool IsValid(string key) =>
        key.Length <= MaxKeyLength && !key.AsSpan().ContainsAny(Forbidden) && !ContainsControl(key);

    public static void Validate(string key, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(key, parameterName);
        if (!IsValid(key))
        {
            throw new ArgumentException(
                $"A table key must be at most {MaxKeyLength} characters without '/', '\\', '#', '?' or control characters.",
                parameterName);
        }
    }

    /// <summary>
    /// Turns any text into a valid key that keeps its order-relevant prefix readable: forbidden characters
    /// and '%' become %XX escapes of their UTF-8 bytes; text too long is cut and ends with a hash of the rest.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' || Forbidden.Contains(c) || char.IsControl(c) || char.IsSurrogate(c) && !IsPair(text, i))
            {
                var rune = char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length])
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
                continue;
            }
            builder.Append(c);
            if (char.IsHighSurrogate(c))
            {
                builder.Append(text[++i]);
            }
        }
        return builder.Length <= MaxKeyLength ? builder.ToString() : Shorten(builder.ToString());
    }

    public static void ValidatePropertyName(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var valid = name.Length <= MaxPropertyNameLength
            && (char.IsAsciiLetter(name[0]) || name[0] == '_')
            && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            && name is not ("PartitionKey" or "RowKey" or "Timestamp" or "ETag");
        if (!valid)
        {
            throw new ArgumentException($"'{name}' is not a valid property name: use letters, digits and '_', not a system name.", nameof(name));
        }
    }

    /// <summary>Table names: 3-63 ASCII letters and digits, starting with a letter (Azure's rule).</summary>
    public static void ValidateTableName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length is < 3 or > 63 || !char.IsAsciiLetter(name[0]) || !name.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{name}' is not a table name: use 3-63 letters and digits, starting with a letter.", nameof(name));
        }
    }

    private static readonly SearchValues<char> Forbidden = SearchValues.Create("/\\#?");

    private static bool ContainsControl(string key)
    {
        foreach (var c in key)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsPair(string text, int i) => char.IsHighSurrogate(text[i])
        ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static string Shorten(string escaped)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(escaped)))[..16];
        var keep = MaxKeyLength - hash.Length - 1;
        // Never cut an escape or a surrogate pair in half.
        while (keep > 0 && (escaped[keep - 1] == '%' || keep > 1 && escaped[keep - 2] == '%' || char.IsHighSurrogate(escaped[keep - 1])))
        {
            keep--;
        }
        return string.Concat(escaped.AsSpan(0, keep), "~", hash);
    }
}
