namespace Recaps.Benchmarks;

/// <summary>A clock standing at one instant in its own offset, so "yesterday" means the same in every run.</summary>
internal sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone("bench", now.Offset, "bench", "bench");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
