namespace Recaps.Bot.Delivery;

internal enum DeliveryClaimStatus
{
    /// <summary>This caller holds the lease and should send.</summary>
    Claimed,

    /// <summary>Delivered already, or closed because the conversation is gone.</summary>
    Done,

    /// <summary>Another instance holds an unexpired lease (until <see cref="DeliveryClaim.Until"/>).</summary>
    Leased,

    /// <summary>The connector asked us to wait (429 Retry-After) until <see cref="DeliveryClaim.Until"/>.</summary>
    Waiting,
}
