using System.Globalization;
using Recaps.Core.Storage;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Delivery;

/// <summary>
/// Which digests went to which subscription (table <see cref="BotTables.Deliveries"/>: PartitionKey digest date
/// yyyy-MM-dd, RowKey subscription key), so that two instances, a timer that fires twice or a restart never send a
/// digest twice, and a run that crashed mid-send is retried once its lease expires.
/// </summary>
/// <remarks>
/// A claim is an insert (only one caller can create the row) or, for a released or expired row, a replace
/// conditional on the ETag read (only one caller wins). Every later write is conditional on the claim's ETag.
/// Delivery is at-least-once: a crash after the connector accepted the message but before
/// <see cref="MarkDeliveredAsync"/> leaves the lease to expire and the message is sent again. Nothing in the Bot
/// Connector protocol makes a send idempotent, so that window cannot be closed, only kept short.
/// </remarks>
public sealed class DeliveryLog
{
    private const string Sending = "Sending";
    private const string Pending = "Pending";
    private const string Delivered = "Delivered";
    private const string Gone = "Gone";
    private const int MaxErrorLength = 1024;

    private readonly ITable _table;
    private readonly TimeProvider _time;

    public DeliveryLog(ITableService tables, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(time);
        _table = tables.GetTable(BotTables.Deliveries);
        _time = time;
    }

    /// <summary>Takes the lease on (date, key) for <paramref name="lease"/> unless it is done, leased or waiting.</summary>
    internal async Task<DeliveryClaim> ClaimAsync(DateOnly date, string key, TimeSpan lease, CancellationToken cancellationToken)
    {
        var partition = Partition(date);
        // Each lost race means another caller wrote the row; reading it again tells what it did.
        for (var race = 0; race < 3; race++)
        {
            var row = await _table.GetAsync(partition, key, cancellationToken).ConfigureAwait(false);
            var now = _time.GetUtcNow();
            var claimed = Row(partition, key, Sending, (row?.GetInt32("Attempts") ?? 0) + 1);
            claimed["LeaseUntil"] = now + lease;
            claimed["LastError"] = row?.GetString("LastError");
            try
            {
                if (row is null)
                {
                    var added = await _table.AddAsync(claimed, cancellationToken).ConfigureAwait(false);
                    return Claim(date, key, added, 1);
                }
                if (Blocked(date, key, row, now) is { } blocked)
                {
                    return blocked;
                }
                var updated = await _table.UpdateAsync(claimed, row.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return Claim(date, key, updated, claimed.GetInt32("Attempts")!.Value);
            }
            catch (StorageException ex) when (ex.Kind is StorageErrorKind.Conflict or StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
            {
            }
        }
        return new DeliveryClaim(date, key, DeliveryClaimStatus.Leased);
    }

    /// <summary>
    /// Records the delivery. False when the lease had been lost (it expired and another caller claimed it, which
    /// may have sent a second copy); the delivery is recorded anyway so nobody sends a third.
    /// </summary>
    internal Task<bool> MarkDeliveredAsync(DeliveryClaim claim, string? activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = Row(Partition(claim.Date), claim.Key, Delivered, claim.Attempts);
        row["DeliveredAt"] = _time.GetUtcNow();
        row["ActivityId"] = activityId;
        return FinishAsync(claim, row, cancellationToken);
    }

    /// <summary>Closes the row for good: the conversation is gone and the subscription removed.</summary>
    internal Task<bool> MarkGoneAsync(DeliveryClaim claim, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = Row(Partition(claim.Date), claim.Key, Gone, claim.Attempts);
        row["LastError"] = Truncate(error);
        return FinishAsync(claim, row, cancellationToken);
    }

    /// <summary>
    /// Gives the lease back after a failed send, so the next run retries, but not before
    /// <paramref name="retryAfter"/>. A lost lease is left alone: its new holder decides.
    /// </summary>
    internal async Task ReleaseAsync(DeliveryClaim claim, DateTimeOffset? retryAfter, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = Row(Partition(claim.Date), claim.Key, Pending, claim.Attempts);
        row["RetryAfter"] = retryAfter;
        row["LastError"] = Truncate(error);
        try
        {
            await _table.UpdateAsync(row, claim.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        catch (StorageException ex) when (ex.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
        }
    }

    /// <summary>The row's state ("Sending", "Pending", "Delivered", "Gone") and attempts, or null: for diagnostics and tests.</summary>
    /// <summary>
    /// Deletes the records of digests dated before <paramref name="before"/>; returns how many. Only the latest
    /// digest is ever delivered, so older records are history: a timer keeps a few weeks of it.
    /// </summary>
    public async Task<int> PruneAsync(DateOnly before, CancellationToken cancellationToken = default)
    {
        var cutoff = Partition(before);
        // Partition keys are ISO dates: ordinal order is date order.
        return await _table.DeleteWhereAsync(row => string.CompareOrdinal(row.PartitionKey, cutoff) < 0, cancellationToken).ConfigureAwait(false);
    }

    internal async Task<(string State, int Attempts)?> GetAsync(DateOnly date, string key, CancellationToken cancellationToken = default)
    {
        var row = await _table.GetAsync(Partition(date), key, cancellationToken).ConfigureAwait(false);
        return row is null ? null : (row.GetString("State") ?? "", row.GetInt32("Attempts") ?? 0);
    }

    private async Task<bool> FinishAsync(DeliveryClaim claim, TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await _table.UpdateAsync(row, claim.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageException ex) when (ex.Kind is StorageErrorKind.PreconditionFailed or StorageErrorKind.NotFound)
        {
            await _table.UpsertAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return false;
        }
    }

    private static DeliveryClaim? Blocked(DateOnly date, string key, TableEntity row, DateTimeOffset now)
    {
        var state = row.GetString("State");
        if (state is Delivered or Gone)
        {
            return new DeliveryClaim(date, key, DeliveryClaimStatus.Done);
        }
        if (state == Sending && row.GetDateTimeOffset("LeaseUntil") is { } until && until > now)
        {
            return new DeliveryClaim(date, key, DeliveryClaimStatus.Leased, until);
        }
        if (row.GetDateTimeOffset("RetryAfter") is { } after && after > now)
        {
            return new DeliveryClaim(date, key, DeliveryClaimStatus.Waiting, after);
        }
        return null;
    }

    private static DeliveryClaim Claim(DateOnly date, string key, string etag, int attempts) =>
        new(date, key, DeliveryClaimStatus.Claimed) { ETag = etag, Attempts = attempts };

    private static TableEntity Row(string partition, string key, string state, int attempts) => new(partition, key)
    {
        ["State"] = state,
        ["Attempts"] = attempts,
    };

    private static string Partition(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
