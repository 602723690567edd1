namespace Recaps.Bot.Delivery;

/// <summary>How <see cref="DigestDelivery"/> paces itself.</summary>
public sealed record DeliveryOptions
{
    /// <summary>
    /// How long a claimed delivery is reserved for its sender; after a crash it is retried once this passes. Far
    /// longer than one send with its retries (ConnectorOptions.Budget), shorter than a working day.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Sends in flight at once: small, as Teams limits a bot per tenant to a few tens of messages a second.</summary>
    public int MaxConcurrency { get; init; } = 4;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1);
    }
}
