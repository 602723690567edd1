using Recaps.Bot.Delivery;
using Recaps.Bot.Tests.Connector;

namespace Recaps.Bot.Tests.Delivery;

public sealed class DeliveryLogTests
{
    private static readonly DateOnly Date = new(2025, 5, 21);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task ClaimAsync_TwoInstancesAtOnce_OnlyOneGetsTheLease()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.Zero));
        using var one = DeliveryStack.Create(clock);
        using var two = one.Reopen(clock);

        var claims = await Task.WhenAll(
            one.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None),
            two.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None));

        Assert.Single(claims, c => c.Status == DeliveryClaimStatus.Claimed);
        Assert.Single(claims, c => c.Status == DeliveryClaimStatus.Leased);
    }

    [Fact]
    public async Task ClaimAsync_ExpiredLease_IsClaimedAgainAndTheOldHolderLosesIt()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.Zero));
        using var stack = DeliveryStack.Create(clock);
        var crashed = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);

        clock.Now += Lease + TimeSpan.FromSeconds(1);
        var retry = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);
        var markedByRetry = await stack.Log.MarkDeliveredAsync(retry, "id-2", CancellationToken.None);
        var markedByOldHolder = await stack.Log.MarkDeliveredAsync(crashed, "id-1", CancellationToken.None);
        var after = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);

        Assert.Equal(DeliveryClaimStatus.Claimed, retry.Status);
        Assert.Equal(2, retry.Attempts);
        Assert.True(markedByRetry);
        Assert.False(markedByOldHolder);
        Assert.Equal(DeliveryClaimStatus.Done, after.Status);
    }

    [Fact]
    public async Task ReleaseAsync_WithRetryAfter_BlocksClaimsUntilThen()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 5, 21, 10, 0, 0, TimeSpan.Zero));
        using var stack = DeliveryStack.Create(clock);
        var claim = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);

        await stack.Log.ReleaseAsync(claim, clock.Now.AddMinutes(2), "429", CancellationToken.None);
        var waiting = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);
        clock.Now = clock.Now.AddMinutes(2);
        var again = await stack.Log.ClaimAsync(Date, "sub-1", Lease, CancellationToken.None);

        Assert.Equal(DeliveryClaimStatus.Waiting, waiting.Status);
        Assert.Equal(DeliveryClaimStatus.Claimed, again.Status);
    }

    [Fact]
    public async Task PruneAsync_RecordsOfOlderDigests_AreDeletedAndTheNewerKept()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 6, 30, 10, 0, 0, TimeSpan.Zero));
        using var stack = DeliveryStack.Create(clock);
        foreach (var date in new[] { Date, Date.AddDays(1), new DateOnly(2025, 6, 30) })
        {
            var claim = await stack.Log.ClaimAsync(date, "sub-1", Lease, CancellationToken.None);
            await stack.Log.MarkDeliveredAsync(claim, "id", CancellationToken.None);
        }

        var pruned = await stack.Log.PruneAsync(Date.AddDays(1), CancellationToken.None);

        Assert.Equal(1, pruned);
        Assert.Null(await stack.Log.GetAsync(Date, "sub-1"));
        Assert.NotNull(await stack.Log.GetAsync(Date.AddDays(1), "sub-1"));
        Assert.NotNull(await stack.Log.GetAsync(new DateOnly(2025, 6, 30), "sub-1"));
    }
}
