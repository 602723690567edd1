namespace Recaps.Bot.Tests.Connector;

/// <summary>
/// A clock that stands where the test puts it. Its timers fire at once and remember what they were asked to wait,
/// so a backoff can be checked without waiting for it (Microsoft.Extensions.TimeProvider.Testing is not in the mirror).
/// </summary>
internal sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private readonly List<TimeSpan> _waits = [];

    public DateTimeOffset Now { get; set; } = now;

    public IReadOnlyList<TimeSpan> Waits { get { lock (_waits) { return [.. _waits]; } } }

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_waits)
        {
            _waits.Add(dueTime);
        }
        ThreadPool.QueueUserWorkItem(_ => callback(state));
        return new Fired();
    }

    private sealed class Fired : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
