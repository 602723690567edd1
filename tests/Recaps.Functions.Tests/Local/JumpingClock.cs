namespace Recaps.Functions.Tests.Local;

/// <summary>
/// A clock that runs at the real pace from where the test starts it, and that the test can move forward at once
/// (<see cref="JumpTo"/>): timers due by then fire, as they would had the time passed. Short waits (a file
/// settling, a poll) take their real time; a timer hours away fires when the test jumps past it.
/// </summary>
internal sealed class JumpingClock : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly List<JumpingTimer> _timers = [];
    // Read without the lock: timers read the time while holding their own lock, and the clock's lock is taken before theirs.
    private long _offsetTicks;

    public JumpingClock(DateTimeOffset start) => _offsetTicks = (start - System.GetUtcNow()).Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Volatile.Read(ref _offsetTicks));

    public void JumpTo(DateTimeOffset when)
    {
        JumpingTimer[] timers;
        lock (_gate)
        {
            Volatile.Write(ref _offsetTicks, (when - System.GetUtcNow()).Ticks);
            timers = [.. _timers];
        }
        foreach (var timer in timers)
        {
            timer.Arm();
        }
    }

    /// <summary>
    /// How many timers are due after <paramref name="instant"/>. A test waits for the timers it means to fire to be
    /// waiting before it jumps: one armed after the jump would count its delay from the new time.
    /// </summary>
    public int TimersDueAfter(DateTimeOffset instant)
    {
        lock (_gate)
        {
            return _timers.Count(timer => timer.Due > instant);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new JumpingTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }
        timer.Change(dueTime, period);
        return timer;
    }

    private void Remove(JumpingTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    /// <summary>Due at an instant of the jumping clock; a real timer wakes it when that instant should have come.</summary>
    private sealed class JumpingTimer : ITimer
    {
        private readonly Lock _gate = new();
        private readonly JumpingClock _clock;
        private readonly TimerCallback _callback;
        private readonly object? _state;
        private readonly ITimer _wake;
        private DateTimeOffset? _due;
        private TimeSpan _period;
        private bool _disposed;

        public JumpingTimer(JumpingClock clock, TimerCallback callback, object? state)
        {
            _clock = clock;
            _callback = callback;
            _state = state;
            _wake = System.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }

        public DateTimeOffset? Due
        {
            get
            {
                lock (_gate)
                {
                    return _due;
                }
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (_gate)
            {
                _due = dueTime == Timeout.InfiniteTimeSpan ? null : _clock.GetUtcNow() + dueTime;
                _period = period;
            }
            Arm();
            return true;
        }

        public void Arm()
        {
            lock (_gate)
            {
                if (_disposed)
                {
                    return;
                }
                var left = _due is { } due ? due - _clock.GetUtcNow() : Timeout.InfiniteTimeSpan;
                _wake.Change(_due is null ? Timeout.InfiniteTimeSpan : left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _disposed = true;
                _wake.Dispose();
            }
            _clock.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }

        private void Fire()
        {
            bool due;
            lock (_gate)
            {
                // Not when disposed, changed meanwhile, or woken a moment early.
                due = !_disposed && _due is { } at && _clock.GetUtcNow() >= at;
                if (due)
                {
                    _due = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : _due + _period;
                }
            }
            Arm();
            if (due)
            {
                _callback(_state);
            }
        }
    }
}
