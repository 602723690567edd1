using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging;

namespace Recaps.Core.Storage.Azure;

/// <summary>
/// Logs every attempt (so retries show) with the method, host and path only: the query may hold a SAS and
/// the headers an Authorization, neither of which may reach a log.
/// </summary>
internal sealed partial class StorageLoggingPolicy(ILogger logger, TimeProvider time) : HttpPipelinePolicy
{
    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var started = time.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !message.CancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, message.Request.Method.Method, message.Request.Uri.Host, message.Request.Uri.Path, ex.GetType().Name, ex.Message);
            throw;
        }
        Log(message, time.GetElapsedTime(started));
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    private void Log(HttpMessage message, TimeSpan elapsed)
    {
        var status = message.Response.Status;
        var method = message.Request.Method.Method;
        var ms = (long)elapsed.TotalMilliseconds;
        if (status is 408 or 429 || status >= 500)
        {
            LogTransient(logger, method, message.Request.Uri.Host, message.Request.Uri.Path, status, ms);
        }
        else
        {
            LogSent(logger, method, message.Request.Uri.Host, message.Request.Uri.Path, status, ms);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Storage {Method} {Host}{Path} answered {Status} in {ElapsedMs} ms")]
    private static partial void LogSent(ILogger logger, string method, string? host, string? path, int status, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage {Method} {Host}{Path} answered {Status} in {ElapsedMs} ms; it may be retried")]
    private static partial void LogTransient(ILogger logger, string method, string? host, string? path, int status, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage {Method} {Host}{Path} failed with {ErrorType}: {Error}")]
    private static partial void LogFailed(ILogger logger, string method, string? host, string? path, string errorType, string error);
}
