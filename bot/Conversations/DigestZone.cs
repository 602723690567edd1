namespace Recaps.Bot.Conversations;

/// <summary>
/// A time zone for the digest: <see cref="Id"/> is what the subscription stores, an id every host resolves with
/// <see cref="TimeZoneInfo.FindSystemTimeZoneById"/> ("UTC", "Asia/Hong_Kong", "Etc/GMT-8"); <see cref="Label"/> is
/// what the user is told ("UTC+08:00" for "Etc/GMT-8", whose sign reads backwards).
/// </summary>
internal sealed record DigestZone(string Id, string Label)
{
    public static DigestZone Utc { get; } = new("UTC", "UTC");
}
