namespace Recaps.Core.Tests.Questions;

/// <summary>
/// A clock standing at one instant in that instant's own time zone, so "today" is the date written
/// (2025-05-26T18:00+08:00 is Monday 26 May wherever the tests run), as <c>recaps ask --now</c> reads it.
/// </summary>
internal sealed class ZonedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone($"UTC{now:zzz}", now.Offset, $"UTC{now:zzz}", $"UTC{now:zzz}");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
