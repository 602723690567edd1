namespace Recaps.Bot.Tests.Conversations;

/// <summary>A clock standing at one instant, in that instant's own offset as its local zone (so "today" is the date written).</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone($"UTC{now:zzz}", now.Offset, $"UTC{now:zzz}", $"UTC{now:zzz}");

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
