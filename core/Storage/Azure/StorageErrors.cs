using System.Text.Json;
using System.Xml.Linq;
using Azure;
using Azure.Identity;

namespace Recaps.Core.Storage.Azure;

/// <summary>Turns failed responses and transport exceptions into <see cref="StorageException"/>s a caller can act on.</summary>
internal static class StorageErrors
{
    public static StorageException FromResponse(Response response, string endpoint, string operation)
    {
        var (code, text) = ReadError(response);
        var status = response.Status;
        var detail = code is null ? $"{status}" : $"{status} {code}";
        var (kind, message) = status switch
        {
            401 or 403 => (StorageErrorKind.Unauthorized,
                $"The storage service at {endpoint} refused the credentials ({detail}) while trying to {operation}."),
            404 => (StorageErrorKind.NotFound, $"Could not {operation}: not found ({detail})."),
            409 => (StorageErrorKind.Conflict, $"Could not {operation}: it already exists ({detail})."),
            412 => (StorageErrorKind.PreconditionFailed, $"Could not {operation}: the stored version changed ({detail})."),
            408 or 429 or >= 500 => (StorageErrorKind.Unavailable,
                $"The storage service at {endpoint} kept failing ({detail}) while trying to {operation}, after retries."),
            _ => (StorageErrorKind.BadRequest, $"The storage service rejected the request to {operation} ({detail}): {text}"),
        };
        return new StorageException(kind, message) { Status = status, ErrorCode = code };
    }

    /// <summary>Null for exceptions that are not storage failures (the caller's own cancellation, bugs).</summary>
    public static StorageException? FromException(Exception exception, string endpoint, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        return exception switch
        {
            AuthenticationFailedException or CredentialUnavailableException => new StorageException(StorageErrorKind.Unauthorized,
                $"No token could be obtained for the storage service at {endpoint}: {exception.Message}", exception),
            RequestFailedException or AggregateException or IOException or HttpRequestException or OperationCanceledException =>
                new StorageException(StorageErrorKind.Unavailable,
                    $"The storage service at {endpoint} could not be reached: {Innermost(exception).Message}", exception),
            _ => null,
        };
    }

    /// <summary>The service's error code and message: x-ms-error-code, then an OData JSON or XML error body.</summary>
    internal static (string? Code, string Message) ReadError(Response response)
    {
        response.Headers.TryGetValue("x-ms-error-code", out var code);
        var body = ReadBody(response);
        var message = "";
        try
        {
            if (body.Length > 0 && body[0] == '{')
            {
                using var json = JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("odata.error", out var error))
                {
                    code ??= error.TryGetProperty("code", out var c) ? c.GetString() : null;
                    message = error.TryGetProperty("message", out var m) && m.TryGetProperty("value", out var v) ? v.GetString() ?? "" : "";
                }
            }
            else if (body.Length > 0 && body.TrimStart().StartsWith('<'))
            {
                var error = XDocument.Parse(body).Root;
                code ??= error?.Element("Code")?.Value;
                message = error?.Element("Message")?.Value ?? "";
            }
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException)
        {
            message = "";
        }
        // The service appends RequestId and Time lines; the first line is the reason.
        return (code, message.Split('\n')[0].Trim());
    }

    private static string ReadBody(Response response)
    {
        try
        {
            if (response.ContentStream is { CanRead: true } stream)
            {
                if (stream.CanSeek)
                {
                    stream.Position = 0;
                }
                using var reader = new StreamReader(stream, leaveOpen: true);
                var buffer = new char[16 * 1024];
                var read = reader.ReadBlock(buffer, 0, buffer.Length);
                return new string(buffer, 0, read);
            }
        }
        catch (IOException)
        {
        }
        return "";
    }

    private static Exception Innermost(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case AggregateException { InnerExceptions.Count: > 0 } aggregate:
                    exception = aggregate.InnerExceptions[^1];
                    break;
                case { InnerException: { } inner }:
                    exception = inner;
                    break;
                default:
                    return exception;
            }
        }
    }
}
