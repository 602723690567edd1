namespace Recaps.Bot.Delivery;

/// <summary>When a subscription's digest is due: local wall-clock times in its time zone, DST included.</summary>
internal static class DeliverySchedule
{
    /// <summary>
    /// The first instant at or after <paramref name="notBefore"/> at which the clock in <paramref name="zone"/>
    /// reads <paramref name="deliverAt"/>. A time skipped by a spring-forward gap is taken as the same time after
    /// the gap (02:30 becomes 03:30); a time repeated in autumn, at its first occurrence.
    /// </summary>
    public static DateTimeOffset DueAt(TimeOnly deliverAt, TimeZoneInfo zone, DateTimeOffset notBefore)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(notBefore, zone).DateTime);
        var due = ToInstant(localDay.ToDateTime(deliverAt), zone);
        return due >= notBefore ? due : ToInstant(localDay.AddDays(1).ToDateTime(deliverAt), zone);
    }

    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
        {
            // The offset in force before the gap moves the time forward by the gap's length.
            offset = zone.GetUtcOffset(local.AddDays(-1));
        }
        else if (zone.IsAmbiguousTime(local))
        {
            offset = zone.GetAmbiguousTimeOffsets(local).Max();
        }
        else
        {
            offset = zone.GetUtcOffset(local);
        }
        return new DateTimeOffset(local, offset);
    }
}
