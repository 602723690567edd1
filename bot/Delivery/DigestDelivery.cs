using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Connector;
using Recaps.Bot.Subscriptions;
using Recaps.Core.Digest;
using Recaps.Core.Storage;

namespace Recaps.Bot.Delivery;

/// <summary>
/// Sends a digest to every subscription whose local delivery time has come, once per subscription per session
/// date. Meant to be called by a timer every few minutes with the latest recorded digest: each run sends what has
/// become due and retries what failed; <see cref="DeliveryLog"/> makes repeated and concurrent runs safe.
/// </summary>
/// <remarks>
/// A digest is due for a subscription at the first local <see cref="Subscription.DeliverAt"/> at or after both
/// when the digest was composed and when the conversation subscribed: a new subscriber is not sent the digest
/// of a day that began before it asked, and a digest composed late goes out at the next delivery time.
/// </remarks>
public sealed partial class DigestDelivery
{
    private readonly SubscriptionStore _subscriptions;
    private readonly DeliveryLog _log;
    private readonly ConnectorClient _connector;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly DeliveryOptions _options;
    private readonly ConcurrentDictionary<string, TimeZoneInfo> _zones = new(StringComparer.OrdinalIgnoreCase);

    public DigestDelivery(
        SubscriptionStore subscriptions, DeliveryLog log, ConnectorClient connector, TimeProvider time, ILogger logger, DeliveryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options ?? new DeliveryOptions();
        _options.Validate();
        (_subscriptions, _log, _connector, _time, _logger) = (subscriptions, log, connector, time, logger);
    }

    public async Task<DeliverySummary> DeliverAsync(DigestRecord digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var subscriptions = await _subscriptions.ListAsync(cancellationToken).ConfigureAwait(false);
        var now = _time.GetUtcNow();
        var outcomes = new DeliveryOutcome[subscriptions.Count];
        var due = new List<int>();
        for (var i = 0; i < subscriptions.Count; i++)
        {
            var subscription = subscriptions[i];
            var notBefore = digest.ComposedAt > subscription.SubscribedAt ? digest.ComposedAt : subscription.SubscribedAt;
            if (now < DeliverySchedule.DueAt(subscription.DeliverAt, Zone(subscription), notBefore))
            {
                outcomes[i] = DeliveryOutcome.NotYetDue;
            }
            else
            {
                due.Add(i);
            }
        }
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(due, parallel, async (i, token) =>
            outcomes[i] = await DeliverOneAsync(digest, subscriptions[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return Summarize(outcomes);
    }

    private async Task<DeliveryOutcome> DeliverOneAsync(DigestRecord digest, Subscription subscription, CancellationToken cancellationToken)
    {
        var reference = subscription.Reference;
        if (!_connector.Trust.IsAllowedForProactive(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            LogSkipped(subscription.Key, reference.ServiceUrl);
            return DeliveryOutcome.Skipped;
        }
        try
        {
            var claim = await _log.ClaimAsync(digest.Date, subscription.Key, _options.Lease, cancellationToken).ConfigureAwait(false);
            return claim.Status switch
            {
                DeliveryClaimStatus.Claimed => await SendAsync(digest, subscription, claim, cancellationToken).ConfigureAwait(false),
                DeliveryClaimStatus.Done => DeliveryOutcome.AlreadyDelivered,
                _ => DeliveryOutcome.RetryLater,
            };
        }
        catch (StorageException ex)
        {
            LogStorageFailed(ex, subscription.Key);
            return DeliveryOutcome.Failed;
        }
    }

    private async Task<DeliveryOutcome> SendAsync(DigestRecord digest, Subscription subscription, DeliveryClaim claim, CancellationToken cancellationToken)
    {
        try
        {
            var sent = await _connector.SendAsync(DigestMessage.Create(subscription.Reference, digest), cancellationToken).ConfigureAwait(false);
            // Sent is sent: recording it is not abandoned for a cancellation, or the next run would send it again.
            if (!await _log.MarkDeliveredAsync(claim, sent.Id, CancellationToken.None).ConfigureAwait(false))
            {
                LogLeaseLost(subscription.Key, digest.Date);
            }
            LogSent(subscription.Key, digest.Date, claim.Attempts);
            return DeliveryOutcome.Sent;
        }
        catch (ConnectorException ex) when (ex.IsConversationGone)
        {
            await _subscriptions.UnsubscribeAsync(subscription.Key, CancellationToken.None).ConfigureAwait(false);
            await _log.MarkGoneAsync(claim, ex.Message, CancellationToken.None).ConfigureAwait(false);
            LogUnsubscribed(subscription.Key, (int?)ex.StatusCode, ex.ErrorCode);
            return DeliveryOutcome.Unsubscribed;
        }
        catch (ConnectorException ex)
        {
            var retryAfter = ex.RetryAfter is { } wait ? _time.GetUtcNow() + wait : (DateTimeOffset?)null;
            await _log.ReleaseAsync(claim, retryAfter, ex.Message, CancellationToken.None).ConfigureAwait(false);
            if (ex.StatusCode == HttpStatusCode.TooManyRequests || retryAfter is not null)
            {
                LogBackingOff(subscription.Key, (int?)ex.StatusCode, retryAfter);
                return DeliveryOutcome.RetryLater;
            }
            LogFailed(ex, subscription.Key, claim.Attempts);
            return DeliveryOutcome.Failed;
        }
    }

    private TimeZoneInfo Zone(Subscription subscription) => _zones.GetOrAdd(subscription.TimeZone, id =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Logged once per zone for this instance, not on every timer run of every subscription in it.
            LogUnknownZone(id, subscription.Key);
            return TimeZoneInfo.Utc;
        }
    });

    private static DeliverySummary Summarize(DeliveryOutcome[] outcomes)
    {
        int Count(DeliveryOutcome outcome) => outcomes.Count(o => o == outcome);
        var notDue = Count(DeliveryOutcome.NotYetDue) + Count(DeliveryOutcome.AlreadyDelivered);
        return new DeliverySummary(
            Due: outcomes.Length - notDue,
            Sent: Count(DeliveryOutcome.Sent),
            AlreadyDelivered: Count(DeliveryOutcome.AlreadyDelivered),
            NotYetDue: Count(DeliveryOutcome.NotYetDue),
            RetryLater: Count(DeliveryOutcome.RetryLater),
            Unsubscribed: Count(DeliveryOutcome.Unsubscribed),
            Failed: Count(DeliveryOutcome.Failed),
            Skipped: Count(DeliveryOutcome.Skipped));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest {Date:yyyy-MM-dd} sent to {Subscription} (attempt {Attempt})")]
    private partial void LogSent(string subscription, DateOnly date, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest {Date:yyyy-MM-dd} to {Subscription} was sent after its lease expired; another instance may have sent it too")]
    private partial void LogLeaseLost(string subscription, DateOnly date);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscription {Subscription} skipped: its serviceUrl {ServiceUrl} is not on the allow-list (or it has no conversation); no token is sent there")]
    private partial void LogSkipped(string subscription, string? serviceUrl);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscription {Subscription} removed: the connector answered {Status} {ErrorCode} (conversation gone or bot removed)")]
    private partial void LogUnsubscribed(string subscription, int? status, string? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest to {Subscription} throttled ({Status}); next try after {RetryAfter:O}")]
    private partial void LogBackingOff(string subscription, int? status, DateTimeOffset? retryAfter);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest to {Subscription} failed (attempt {Attempt}); the next run retries it")]
    private partial void LogFailed(Exception exception, string subscription, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Digest to {Subscription}: the delivery log failed; the next run retries it (sending again if this run had sent it)")]
    private partial void LogStorageFailed(Exception exception, string subscription);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Time zone '{TimeZone}' of {Subscription} is unknown; delivering on UTC")]
    private partial void LogUnknownZone(string timeZone, string subscription);
}
