namespace Recaps.Core.Tests.Storage.Azure;

/// <summary>A clock that moves on by <c>step</c> every time it is read, so each signed attempt gets its own date.</summary>
internal sealed class SteppingClock(DateTimeOffset start, TimeSpan step) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        var now = _now;
        _now += step;
        return now;
    }
}
