using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Entity group transactions (PROTOCOLS 4.5): the multipart/mixed request with one changeset, and reading
/// the multipart response for the first failed operation.
/// </summary>
internal static partial class TableBatch
{
    /// <summary>The request body; <paramref name="id"/> makes the boundaries (a fresh Guid per batch).</summary>
    public static (byte[] Body, string ContentType) Build(Uri endpoint, string table, IReadOnlyList<TableAction> actions, Guid id)
    {
        var batch = $"batch_{id:D}";
        var changeset = $"changeset_{id:D}";
        var root = endpoint.AbsoluteUri.TrimEnd('/');
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"--{batch}\r\nContent-Type: multipart/mixed; boundary={changeset}\r\n\r\n");
        for (var i = 0; i < actions.Count; i++)
        {
            var (kind, entity) = (actions[i].Kind, actions[i].Entity);
            var entityUrl = $"{root}/{TableUris.EntityPath(table, entity.PartitionKey, entity.RowKey)}";
            var (method, url) = kind switch
            {
                TableActionKind.Add => ("POST", $"{root}/{table}"),
                TableActionKind.UpsertReplace => ("PUT", entityUrl),
                TableActionKind.UpsertMerge => ("MERGE", entityUrl),
                TableActionKind.Delete => ("DELETE", entityUrl),
                _ => throw new ArgumentOutOfRangeException(nameof(actions), kind, "Unknown action."),
            };
            text.Append(CultureInfo.InvariantCulture, $"--{changeset}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
            text.Append(CultureInfo.InvariantCulture, $"{method} {url} HTTP/1.1\r\nAccept: application/json;odata=minimalmetadata\r\n");
            text.Append("DataServiceVersion: 3.0;\r\n");
            if (kind == TableActionKind.Delete)
            {
                text.Append("If-Match: *\r\n\r\n");
                continue;
            }
            text.Append("Content-Type: application/json\r\nPrefer: return-no-content\r\n\r\n");
            text.Append(Encoding.UTF8.GetString(TableEntityJson.Serialize(entity))).Append("\r\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"--{changeset}--\r\n\r\n--{batch}--\r\n");
        return (Encoding.UTF8.GetBytes(text.ToString()), $"multipart/mixed; boundary={batch}");
    }

    /// <summary>
    /// Null when every operation succeeded; otherwise the failure, with the index the service names in its
    /// message ("3:The specified entity already exists.") or, failing that, the failed part's position.
    /// </summary>
    public static StorageException? ReadFailure(string body)
    {
        var statuses = StatusLine().Matches(body);
        for (var part = 0; part < statuses.Count; part++)
        {
            var status = int.Parse(statuses[part].Groups[1].Value, CultureInfo.InvariantCulture);
            if (status < 400)
            {
                continue;
            }
            var (code, message) = ReadError(body, statuses[part].Index);
            var index = FailedIndex().Match(message) is { Success: true } m
                ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
                : statuses.Count > 1 ? part : (int?)null;
            var reason = FailedIndex().Replace(message, "").Split('\n')[0].Trim();
            var which = index is null ? "an action" : $"action {index}";
            return new StorageException(StorageErrorKind.BatchFailed,
                $"The batch was rejected as a whole: {which} failed ({status} {code}): {reason}")
            {
                Status = status,
                ErrorCode = code,
                FailedActionIndex = index,
            };
        }
        return null;
    }

    private static (string? Code, string Message) ReadError(string body, int from)
    {
        var start = body.IndexOf('{', from);
        if (start < 0)
        {
            return (null, "");
        }
        try
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(body[start..]), new JsonReaderOptions { AllowMultipleValues = true });
            using var json = JsonDocument.ParseValue(ref reader);
            var error = json.RootElement.GetProperty("odata.error");
            var code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() : null;
            return (code, message ?? "");
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return (null, "");
        }
    }

    [GeneratedRegex(@"^HTTP/1\.1 (\d{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();

    [GeneratedRegex(@"^\s*(\d+):")]
    private static partial Regex FailedIndex();
}
