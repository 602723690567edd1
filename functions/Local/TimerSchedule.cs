using NCrontab;

namespace Recaps.Functions.Local;

/// <summary>
/// A timer function's resolved schedule: the NCRONTAB expression, where it came from (for the start-up output),
/// and its occurrences in UTC, as the Functions host computes them on Linux plans (no WEBSITE_TIME_ZONE there).
/// </summary>
internal sealed class TimerSchedule(TimerFunction function, string expression, string origin, CrontabSchedule cron)
{
    public TimerFunction Function { get; } = function;

    /// <summary>The expression after %Setting% resolution, e.g. <c>0 0 9 * * 1-5</c>.</summary>
    public string Expression { get; } = expression;

    /// <summary>Where the expression came from, e.g. <c>DailyDigest/function.json, %DigestSchedule% unset: default</c>.</summary>
    public string Origin { get; } = origin;

    /// <summary>The first occurrence strictly after <paramref name="time"/>.</summary>
    public DateTimeOffset NextAfter(DateTimeOffset time)
    {
        var next = cron.GetNextOccurrence(time.UtcDateTime);
        return new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }
}
