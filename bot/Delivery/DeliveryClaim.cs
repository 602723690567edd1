namespace Recaps.Bot.Delivery;

/// <summary>What <see cref="DeliveryLog.ClaimAsync"/> found: the caller holds the lease only when <see cref="Status"/> is Claimed.</summary>
internal sealed record DeliveryClaim(DateOnly Date, string Key, DeliveryClaimStatus Status, DateTimeOffset? Until = null)
{
    /// <summary>The row's ETag after the claim: later writes are conditional on it, so a lost lease is noticed.</summary>
    public string? ETag { get; init; }

    public int Attempts { get; init; }
}
