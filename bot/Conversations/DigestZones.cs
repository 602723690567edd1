using System.Globalization;
using System.Text.RegularExpressions;

namespace Recaps.Bot.Conversations;

/// <summary>
/// Reads the time zone of "subscribe 08:30 ZONE": an IANA id in any case ("Asia/Hong_Kong", "europe/london"), a
/// city that ends one ("London", "Hong Kong", "New York"), UTC/GMT, a whole-hour offset ("UTC+8", "+08:00",
/// "GMT-5"), or one of a few unambiguous abbreviations (HKT, SGT, JST, KST). Ambiguous ones (CST, IST, BST) are
/// refused rather than guessed. Windows zone names are not accepted: they need ICU, which the app runs without.
/// </summary>
internal static partial class DigestZones
{
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["HKT"] = "Asia/Hong_Kong", ["SGT"] = "Asia/Singapore", ["JST"] = "Asia/Tokyo", ["KST"] = "Asia/Seoul",
    };

    /// <summary>The zone <paramref name="text"/> names, or null.</summary>
    public static DigestZone? Resolve(string? text)
    {
        var name = text?.Trim() ?? "";
        if (name.Length is 0 or > 64)
        {
            return null;
        }
        if (name.ToUpperInvariant() is "UTC" or "GMT" or "Z" or "ETC/UTC")
        {
            return DigestZone.Utc;
        }
        if (Offset().Match(name) is { Success: true } offset)
        {
            return FromOffset(offset);
        }
        if (Abbreviations.TryGetValue(name, out var id))
        {
            return new DigestZone(id, id);
        }
        return FromIana(name);
    }

    /// <summary>Whether <paramref name="text"/> is an offset that is not whole hours ("+05:30"), which has no Etc zone.</summary>
    public static bool IsPartHourOffset(string text) =>
        Offset().Match(text.Trim()) is { Success: true } offset && offset.Groups["m"].Success && offset.Groups["m"].Value != "00";

    /// <summary>What to call a stored zone id: "UTC+08:00" for "Etc/GMT-8", the id itself otherwise.</summary>
    public static string Label(string id) => EtcOffset().Match(id) is { Success: true } etc
        ? $"UTC{(etc.Groups["sign"].Value == "-" ? "+" : "-")}{int.Parse(etc.Groups["h"].Value, CultureInfo.InvariantCulture):00}:00"
        : id;

    private static DigestZone? FromOffset(Match offset)
    {
        var hours = int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = offset.Groups["m"].Success ? int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var east = offset.Groups["sign"].Value == "+";
        if (minutes != 0 || hours > (east ? 14 : 12))
        {
            return null;
        }
        if (hours == 0)
        {
            return DigestZone.Utc;
        }
        // The Etc zones name the offset with POSIX's sign: UTC+8 is Etc/GMT-8.
        var id = $"Etc/GMT{(east ? "-" : "+")}{hours}";
        return Exists(id) ? new DigestZone(id, Label(id)) : null;
    }

    private static DigestZone? FromIana(string name)
    {
        var candidate = name.Replace(' ', '_');
        if (!IanaShape().IsMatch(candidate))
        {
            return null;
        }
        if (candidate.Contains('/', StringComparison.Ordinal) && TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var exact) && exact.Id.Contains('/', StringComparison.Ordinal))
        {
            return new DigestZone(exact.Id, exact.Id);
        }
        // Zone files are case-sensitive on Linux; the system list gives the id's own spelling, and its last part is a city.
        var zones = TimeZoneInfo.GetSystemTimeZones();
        var match = zones.FirstOrDefault(z => string.Equals(z.Id, candidate, StringComparison.OrdinalIgnoreCase))
            ?? zones.FirstOrDefault(z => z.Id.Contains('/', StringComparison.Ordinal)
                && string.Equals(z.Id[(z.Id.LastIndexOf('/') + 1)..], candidate, StringComparison.OrdinalIgnoreCase));
        return match is null || !match.Id.Contains('/', StringComparison.Ordinal) ? null : new DigestZone(match.Id, match.Id);
    }

    private static bool Exists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    [GeneratedRegex(@"^(?:utc|gmt)?\s*(?<sign>[+-])\s*(?<h>\d{1,2})(?::?(?<m>\d{2}))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^Etc/GMT(?<sign>[+-])(?<h>\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex EtcOffset();

    // Letters, digits, '_', '-', '+' in up to three parts: no dots, so no path can escape the zone folder.
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IanaShape();
}
