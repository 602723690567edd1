namespace Recaps.Bot.Tests.Auth;

/// <summary>A clock that stands where the test puts it; its timestamps (for elapsed time) move with it.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override long GetTimestamp() => Now.UtcTicks;
}
