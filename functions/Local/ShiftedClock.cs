namespace Recaps.Functions.Local;

/// <summary>
/// The timers' clock of <c>recaps serve --now</c>: starts at the given instant and runs on at the real pace, so a
/// person can watch a schedule fire without waiting for it. Timers and delays are the inner clock's.
/// </summary>
internal sealed class ShiftedClock : TimeProvider
{
    private readonly TimeProvider _inner;
    private readonly TimeSpan _offset;

    public ShiftedClock(TimeProvider inner, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _offset = start - inner.GetUtcNow();
    }

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        _inner.CreateTimer(callback, state, dueTime, period);
}
