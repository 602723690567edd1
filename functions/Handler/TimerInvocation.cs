using System.Globalization;

namespace Recaps.Functions.Handler;

/// <summary>
/// A timer trigger's TimerInfo (PROTOCOLS.md 1.6): <c>{"Schedule": {...}, "ScheduleStatus": {"Last", "Next", "LastUpdated"} | null,
/// "IsPastDue": bool}</c>. ScheduleStatus is null when the schedule is not monitored; its dates are read defensively.
/// </summary>
internal sealed record TimerInvocation(bool IsPastDue, DateTimeOffset? Last, DateTimeOffset? Next)
{
    /// <summary>The trigger binding's name in SweepRecaps/function.json and DailyDigest/function.json.</summary>
    public const string Binding = "timer";

    public static Decoded<TimerInvocation> Read(InvocationEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        if (envelope.Trigger(Binding) is not { } value || EnvelopeValue.Object(value) is not { } timer)
        {
            return Decoded<TimerInvocation>.Fail($"Data.{Binding} is missing or not an object; expected the TimerInfo the host sends ({{\"IsPastDue\": false, \"ScheduleStatus\": ...}})");
        }
        var pastDue = EnvelopeValue.Property(timer, "IsPastDue") is { } flag ? EnvelopeValue.Boolean(flag) ?? false : false;
        var status = EnvelopeValue.Property(timer, "ScheduleStatus") is { } s ? EnvelopeValue.Object(s) : null;
        DateTimeOffset? Time(string name) => status is { } st && EnvelopeValue.Property(st, name) is { } t ? EnvelopeValue.Time(t) : null;
        return Decoded<TimerInvocation>.Ok(new TimerInvocation(pastDue, Time("Last"), Time("Next")));
    }

    /// <summary>"past due False, last run 2026-09-24T13:08:00Z, next 2026-09-24T13:09:00Z" (unknown when unmonitored).</summary>
    public override string ToString() => $"past due {IsPastDue}, last run {Iso(Last)}, next {Iso(Next)}";

    private static string Iso(DateTimeOffset? time) =>
        time?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "unknown";
}
