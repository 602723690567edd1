using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Delivery;
using Recaps.Core.Digest;
using Recaps.Core.Ingest;
using Recaps.Core.Storage;
using Recaps.Functions.Bot;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// The function endpoints: decode the host's envelope, make one call into <see cref="Pipeline.RecapFunctions"/>, answer
/// with the response envelope. A bad article is an outcome (quarantined, 200: a retry would not make it better); a
/// storage failure is 500 so the host retries; a malformed envelope is 400.
/// </summary>
internal sealed partial class RecapInvocations(RecapPipeline pipeline, BotPipeline bot, TimeProvider time, ILogger<RecapInvocations> logger)
{
    private readonly ILogger _logger = logger;

    public async Task<IResult> IngestRecapAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var envelope = await InvocationEnvelope.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var read = envelope.Value is null ? Decoded<BlobNotification>.Fail(envelope.Error!) : BlobNotification.Read(envelope.Value, time.GetUtcNow());
        if (read.Value is not { } blob)
        {
            return BadEnvelope("IngestRecap", read.Error!);
        }
        LogNotified(blob.Name, blob.Payload.Shape);
        try
        {
            var functions = await pipeline.GetAsync(cancellationToken).ConfigureAwait(false);
            IngestOutcome outcome;
            if (functions.HasBlobStorage)
            {
                outcome = await functions.IngestBlobAsync(blob.Name, cancellationToken).ConfigureAwait(false);
            }
            else if (blob.Payload.Content is { } content)
            {
                var document = new RecapDocument(blob.Name, content, BlobIngestor.ReceivedOf(blob.Item)) { BlobETag = blob.Item.ETag is { Length: > 0 } etag ? etag : null };
                outcome = await functions.IngestDocumentAsync(document, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                LogNoContent(blob.Name);
                return InvocationResponse.Failed("no_blob_storage",
                    $"IngestRecap: no blob storage is configured ({HandlerStore.StorageSetting}) and the host sent no content for '{blob.Name}'");
            }
            if (outcome.Status == IngestStatus.Quarantined)
            {
                LogQuarantined(outcome.Source, outcome.Reason);
            }
            return InvocationResponse.Ok(Json(outcome));
        }
        catch (StorageException ex) when (ex.Kind == StorageErrorKind.NotFound && ex.ErrorCode is "BlobNotFound" or "ContainerNotFound" or null)
        {
            // Deleted since the event: the sweep forgets nothing it can still read, and a retry would find nothing either.
            LogGone(blob.Name);
            return InvocationResponse.Ok(new JsonObject { ["source"] = blob.Name, ["status"] = "gone" });
        }
        catch (StorageException ex)
        {
            return StorageFailed("IngestRecap", ex);
        }
    }

    public async Task<IResult> SweepRecapsAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await ReadTimerAsync(request, cancellationToken).ConfigureAwait(false) is { Error: { } error })
        {
            return BadEnvelope("SweepRecaps", error);
        }
        try
        {
            var functions = await pipeline.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!functions.HasBlobStorage)
            {
                LogNothingToSweep(HandlerStore.StorageSetting);
                return InvocationResponse.Ok(null);
            }
            var summary = await functions.SweepAsync(cancellationToken).ConfigureAwait(false);
            return InvocationResponse.Ok(Json(summary));
        }
        catch (StorageException ex)
        {
            return StorageFailed("SweepRecaps", ex);
        }
    }

    public async Task<IResult> DailyDigestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await ReadTimerAsync(request, cancellationToken).ConfigureAwait(false) is { Error: { } error })
        {
            return BadEnvelope("DailyDigest", error);
        }
        try
        {
            var functions = await pipeline.GetAsync(cancellationToken).ConfigureAwait(false);
            var digest = await functions.DailyDigestAsync(cancellationToken).ConfigureAwait(false);
            if (digest is null)
            {
                return InvocationResponse.Ok(null);
            }
            var delivery = await bot.DeliverAsync(digest, cancellationToken).ConfigureAwait(false);
            var json = Json(digest);
            json["delivery"] = Json(delivery);
            return InvocationResponse.Ok(json);
        }
        catch (StorageException ex)
        {
            return StorageFailed("DailyDigest", ex);
        }
    }

    private async Task<Decoded<TimerInvocation>> ReadTimerAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var envelope = await InvocationEnvelope.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        var read = envelope.Value is null ? Decoded<TimerInvocation>.Fail(envelope.Error!) : TimerInvocation.Read(envelope.Value);
        if (read.Value is { } timer)
        {
            LogTimer(timer);
        }
        return read;
    }

    private InvocationResponse BadEnvelope(string function, string reason)
    {
        LogBadEnvelope(function, reason);
        return InvocationResponse.BadEnvelope($"{function}: {reason}");
    }

    private InvocationResponse StorageFailed(string function, StorageException ex)
    {
        LogStorageFailed(function, ex.Kind, ex.Message);
        return InvocationResponse.Failed("storage_failed", $"{function}: storage failed ({ex.Kind}): {ex.Message}");
    }

    private static JsonObject Json(IngestOutcome outcome) => new()
    {
        ["source"] = outcome.Source,
        ["status"] = outcome.Status.ToString().ToLowerInvariant(),
        ["moves"] = outcome.Moves,
        ["market"] = outcome.Market,
        ["date"] = outcome.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["reason"] = outcome.Reason,
    };

    private static JsonObject Json(IngestSummary summary) => new()
    {
        ["articles"] = summary.Total,
        ["new"] = summary.Count(IngestStatus.New),
        ["unchanged"] = summary.Count(IngestStatus.Unchanged),
        ["replaced"] = summary.Count(IngestStatus.Replaced),
        ["quarantined"] = summary.Count(IngestStatus.Quarantined),
        ["failed"] = summary.Failed,
        ["summary"] = summary.ToString(),
    };

    private static JsonObject Json(DeliverySummary delivery) => new()
    {
        ["due"] = delivery.Due,
        ["sent"] = delivery.Sent,
        ["alreadyDelivered"] = delivery.AlreadyDelivered,
        ["notYetDue"] = delivery.NotYetDue,
        ["retryLater"] = delivery.RetryLater,
        ["unsubscribed"] = delivery.Unsubscribed,
        ["failed"] = delivery.Failed,
        ["skipped"] = delivery.Skipped,
    };

    private static JsonObject Json(DigestRecord digest) => new()
    {
        ["date"] = digest.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["markets"] = new JsonArray([.. digest.Markets.Select(m => JsonValue.Create(m))]),
        ["composedAt"] = digest.ComposedAt,
        ["text"] = digest.Text,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Blob {Name} in the recaps container ({Payload})")]
    private partial void LogNotified(string name, string payload);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Quarantined {Source}: {Reason}; acknowledged, as a retry would not change it")]
    private partial void LogQuarantined(string source, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Blob {Name} no longer exists: nothing to ingest")]
    private partial void LogGone(string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Blob {Name}: no blob storage to read it from and no content in the invocation")]
    private partial void LogNoContent(string name);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No blob storage configured ({Setting}): nothing to sweep")]
    private partial void LogNothingToSweep(string setting);

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer fired: {Timer}")]
    private partial void LogTimer(TimerInvocation timer);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function}: malformed invocation: {Reason}")]
    private partial void LogBadEnvelope(string function, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function}: storage failed ({Kind}): {Error}; failing the invocation so the host retries")]
    private partial void LogStorageFailed(string function, StorageErrorKind kind, string error);
}
