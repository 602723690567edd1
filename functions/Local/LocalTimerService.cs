using Microsoft.Extensions.Logging;
using Recaps.Core.Storage;

namespace Recaps.Functions.Local;

/// <summary>
/// Fires one timer function on its schedule, in UTC, as the Functions host does: at each occurrence, never two
/// runs at once, and once (not once per missed occurrence) when the clock jumped past several. The first
/// occurrence is fixed at construction, so the start-up output can show it.
/// </summary>
internal sealed partial class LocalTimerService : LocalTrigger
{
    // Long waits are cut into pieces, so a clock set forward is noticed and Task.Delay's limit is never reached.
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    private readonly Func<CancellationToken, Task> _run;
    private readonly TimeProvider _clock;
    private readonly LocalConsole _console;
    private readonly ILogger _logger;
    private DateTimeOffset _next;

    public LocalTimerService(TimerSchedule schedule, Func<CancellationToken, Task> run, TimeProvider clock, LocalConsole console, ILogger<LocalTimerService> logger)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(clock);
        Schedule = schedule;
        _run = run;
        _clock = clock;
        _console = console;
        _logger = logger;
        _next = schedule.NextAfter(clock.GetUtcNow());
    }

    public TimerSchedule Schedule { get; }

    public DateTimeOffset NextRun => _next;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var wait = _next - _clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait < LongestWait ? wait : LongestWait, _clock, stoppingToken).ConfigureAwait(false);
                    continue;
                }
                var due = _next;
                var now = _clock.GetUtcNow();
                _next = Schedule.NextAfter(now > due ? now : due);
                await FireAsync(due, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task FireAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        LogFiring(Schedule.Function.Name, due, _next);
        try
        {
            await _run(stoppingToken).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            LogFailed(ex, Schedule.Function.Name);
            _console.Event($"{Schedule.Function.Name}: storage failed: {ex.Message.ReplaceLineEndings(" ")} (next run {_next:yyyy-MM-dd HH:mm:ss}Z)");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Timer {Function} fired for {Due}; next run {Next}")]
    private partial void LogFiring(string function, DateTimeOffset due, DateTimeOffset next);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Function} failed; it runs again on its schedule")]
    private partial void LogFailed(Exception exception, string function);
}
