using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Core.Storage;
using Recaps.Functions.Local;

namespace Recaps.Functions.Tests.Local;

public sealed class LocalTimerServiceTests : IDisposable
{
    private static readonly DateTimeOffset Eight = new(2025, 6, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly JumpingClock _clock = new(Eight);
    private readonly ConcurrentOutput _output = new();
    private int _runs;

    [Fact]
    public async Task ExecuteAsync_ClockJumpsPastSeveralOccurrences_FiresOnceAndMovesOn()
    {
        using var timer = Timer(_ => Task.CompletedTask);
        await timer.StartedAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => _clock.TimersDueAfter(Eight) == 1, "the timer waiting");

        _clock.JumpTo(Eight.AddMinutes(50));

        await Eventually.TrueAsync(() => Volatile.Read(ref _runs) == 1, "one run");
        Assert.Equal(Eight.AddHours(1), timer.NextRun);
        await timer.StopAsync(CancellationToken.None);
        Assert.Equal(1, _runs);
    }

    [Fact]
    public async Task ExecuteAsync_RunFailsWithStorageError_ReportsItAndFiresAgainNextTime()
    {
        using var timer = Timer(_ => _runs == 1
            ? throw new StorageException(StorageErrorKind.Unavailable, "The storage service at http://127.0.0.1:10002 could not be reached")
            : Task.CompletedTask);
        await timer.StartedAsync(CancellationToken.None);
        await Eventually.TrueAsync(() => _clock.TimersDueAfter(Eight) == 1, "the timer waiting");

        _clock.JumpTo(Eight.AddMinutes(15));
        await Eventually.TrueAsync(() => _output.Text.Contains("SweepRecaps: storage failed: The storage service", StringComparison.Ordinal), "the failure reported");
        await Eventually.TrueAsync(() => _clock.TimersDueAfter(Eight.AddMinutes(15)) == 1, "the timer waiting again");
        _clock.JumpTo(Eight.AddMinutes(30));

        await Eventually.TrueAsync(() => Volatile.Read(ref _runs) == 2, "a second run");
        await timer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void NextRun_WithShiftedClock_CountsFromTheShiftedTime()
    {
        var shifted = new ShiftedClock(_clock, new DateTimeOffset(2025, 6, 6, 8, 59, 50, TimeSpan.Zero));

        using var timer = new LocalTimerService(
            FunctionSchedules.Read(Recaps.Functions.Local.TimerFunction.DailyDigest, [], _ => null), _ => Task.CompletedTask, shifted,
            new LocalConsole(_output, _clock), NullLogger<LocalTimerService>.Instance);
        _clock.JumpTo(Eight.AddHours(1));

        Assert.Equal(new DateTimeOffset(2025, 6, 6, 9, 0, 0, TimeSpan.Zero), timer.NextRun);
        // The shifted clock runs on with the clock under it.
        Assert.InRange(shifted.GetUtcNow(), new DateTimeOffset(2025, 6, 6, 9, 59, 49, TimeSpan.Zero), new DateTimeOffset(2025, 6, 6, 10, 0, 50, TimeSpan.Zero));
    }

    public void Dispose() => _output.Dispose();

    private LocalTimerService Timer(Func<CancellationToken, Task> run) => new(
        FunctionSchedules.Read(Recaps.Functions.Local.TimerFunction.SweepRecaps, [], _ => null),
        token =>
        {
            Interlocked.Increment(ref _runs);
            return run(token);
        },
        _clock, new LocalConsole(_output, _clock), NullLogger<LocalTimerService>.Instance);
}
