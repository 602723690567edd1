namespace Recaps.Functions.Cli;

/// <summary>
/// The clock of <c>--now</c>: stands at the given instant, in a time zone of the given offset, so "today" is the
/// date the user wrote ("2025-05-21T18:00+08:00" is Wednesday 21 May, wherever the command runs).
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.CreateCustomTimeZone($"UTC{now:zzz}", now.Offset, $"UTC{now:zzz}", $"UTC{now:zzz}");

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public override TimeZoneInfo LocalTimeZone => _zone;
}
