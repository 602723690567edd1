using System.Net;
using System.Text.Json;

namespace Recaps.Bot.Connector;

/// <summary>Turns a connector's failed answer into a <see cref="ConnectorException"/> (PROTOCOLS.md 2.4 ErrorResponse).</summary>
internal static class ConnectorErrors
{
    // Teams documents 412, 502 and 504 as worth retrying besides 429 (PROTOCOLS.md 2.6).
    public static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed
        or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public static async Task<ConnectorException> ReadAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var (code, message) = ReadError(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        var status = (int)response.StatusCode;
        var host = response.RequestMessage?.RequestUri?.Host;
        return new ConnectorException($"The connector at {host} answered {status} {code ?? response.ReasonPhrase}: {message ?? "(no message)"}")
        {
            StatusCode = response.StatusCode,
            ErrorCode = code,
            RetryAfter = RetryAfter(response, time),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
        { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
        _ => null,
    };

    private static (string? Code, string? Message) ReadError(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, null);
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return (Text(error, "code"), Text(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not the documented ErrorResponse (a proxy's HTML page): the status says enough.
        }
        return (null, null);
    }

    private static string? Text(JsonElement error, string name) =>
        error.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
