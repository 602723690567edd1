namespace Recaps.Core.Instruments;

/// <summary>A market the catalogue knows: its code, time zone, home currency and main benchmark.</summary>
public sealed record MarketInfo(string Code, string TimeZoneId, string Currency, string DefaultVenue, string MainIndexKey)
{
    public TimeZoneInfo TimeZone => Zone.Value;

    private Lazy<TimeZoneInfo> Zone { get; } = new(() => FindZone(TimeZoneId));

    private static TimeZoneInfo FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
