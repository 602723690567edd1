namespace Recaps.Functions.Tests.Local;

/// <summary>The real clock, except that a test can act at the moment something starts waiting on it (a file settling).</summary>
internal sealed class HookedClock : TimeProvider
{
    private Action? _onNextWait;

    /// <summary>Runs (once) when the next timer is created, before it starts.</summary>
    public void OnNextWait(Action action) => Volatile.Write(ref _onNextWait, action);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Exchange(ref _onNextWait, null)?.Invoke();
        return base.CreateTimer(callback, state, dueTime, period);
    }
}
