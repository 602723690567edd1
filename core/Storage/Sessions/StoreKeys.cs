using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Sessions;

/// <summary>How the store's keys are made. Every key is a valid table key whatever the input text.</summary>
public static class StoreKeys
{
    /// <summary>The partition of the Sessions table that lists every market's sessions together.</summary>
    public const string AllMarkets = "all";

    /// <summary>A stable id for an article name (blob name or file name): the same name is the same article.</summary>
    public static string ArticleId(string sourceName) => Hex(Encoding.UTF8.GetBytes(sourceName), 16);

    /// <summary>A content version: the first 12 hex digits of the content hash.</summary>
    public static string Version(string contentHash) => contentHash[..12];

    public static string ContentHash(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>yyyyMMdd subtracted from 99999999, so later dates sort first.</summary>
    public static string InvertedDate(DateOnly date) =>
        (99_999_999 - (date.Year * 10_000 + date.Month * 100 + date.Day)).ToString("D8", CultureInfo.InvariantCulture);

    public static string SessionPartition(string market, DateOnly date) =>
        TableKeys.Escape(market) + "_" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Sequence(int sequence) => sequence.ToString("D4", CultureInfo.InvariantCulture);

    private static string Hex(byte[] bytes, int length) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..length];
}
