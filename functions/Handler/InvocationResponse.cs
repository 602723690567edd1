using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Recaps.Functions.Handler;

/// <summary>
/// The handler's answer to one invocation (PROTOCOLS.md 1.8): on success <c>{"Outputs": {}, "Logs": [...], "ReturnValue": ...}</c>;
/// otherwise the status (400 malformed envelope, 500 let the host retry) with <c>{"error", "message", "Logs"}</c>. The
/// Logs are the invocation's log lines, read when the response is written.
/// </summary>
internal sealed class InvocationResponse : IResult
{
    private readonly int _status;
    private readonly JsonNode? _returnValue;
    private readonly string? _error;
    private readonly string? _message;

    private InvocationResponse(int status, JsonNode? returnValue, string? error, string? message)
    {
        _status = status;
        _returnValue = returnValue;
        _error = error;
        _message = message;
    }

    public static InvocationResponse Ok(JsonNode? returnValue) => new(StatusCodes.Status200OK, returnValue, null, null);

    public static InvocationResponse BadEnvelope(string message) => new(StatusCodes.Status400BadRequest, null, "bad_envelope", message);

    /// <summary>The invocation failed for a reason that may pass (storage): the host retries it, or for a timer, records the failure.</summary>
    public static InvocationResponse Failed(string error, string message) => new(StatusCodes.Status500InternalServerError, null, error, message);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var logs = InvocationFilter.ScopeOf(httpContext).Close();
        httpContext.Response.StatusCode = _status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(httpContext.Response.Body);
        json.WriteStartObject();
        if (_error is null)
        {
            json.WriteStartObject("Outputs");
            json.WriteEndObject();
        }
        else
        {
            json.WriteString("error", _error);
            json.WriteString("message", _message);
        }
        json.WriteStartArray("Logs");
        foreach (var line in logs)
        {
            json.WriteStringValue(line);
        }
        json.WriteEndArray();
        if (_error is null)
        {
            json.WritePropertyName("ReturnValue");
            if (_returnValue is null)
            {
                json.WriteNullValue();
            }
            else
            {
                _returnValue.WriteTo(json);
            }
        }
        json.WriteEndObject();
        await json.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }
}
