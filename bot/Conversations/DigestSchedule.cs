using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Recaps.Bot.Conversations;

/// <summary>
/// When a subscription wants the digest: "subscribe [at] [HH:mm] [in] [ZONE]" in either order. The time defaults to
/// 09:00 and the zone to the one the channel reports for the user, else UTC. A time or zone that cannot be read is
/// refused with what would work, never guessed.
/// </summary>
internal sealed partial record DigestSchedule(TimeOnly At, DigestZone Zone)
{
    public static readonly TimeOnly DefaultTime = new(9, 0);

    public const string BadTime =
        "I couldn't read that time. Give it as HH:mm (24-hour) or like 8:30am, for example \"subscribe 08:30 Asia/Hong_Kong\".";

    public const string BadZone =
        "I don't know that time zone. Use a name such as Asia/Hong_Kong or Europe/London, a city such as London, UTC, "
        + "or a whole-hour offset such as UTC+8, for example \"subscribe 08:30 Asia/Hong_Kong\".";

    public const string PartHourOffset =
        "Offsets have to be whole hours; for a zone such as India's, use its name, for example \"subscribe 08:30 Asia/Kolkata\".";

    /// <summary>The schedule in the words after "subscribe", or the <paramref name="problem"/> to tell the user.</summary>
    public static bool TryParse(string arguments, string? localTimezone,
        [NotNullWhen(true)] out DigestSchedule? schedule, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        schedule = null;
        problem = null;
        var rest = Word("at", arguments.Trim());
        var at = DefaultTime;
        if (LeadingTime().Match(rest) is { Success: true } leading)
        {
            if (!TryParseTime(leading.Groups["time"].Value, out at))
            {
                problem = BadTime;
                return false;
            }
            rest = leading.Groups["rest"].Value.Trim();
        }
        else if (TrailingTime().Match(rest) is { Success: true } trailing && TryParseTime(trailing.Groups["time"].Value, out at))
        {
            rest = Word("at", trailing.Groups["rest"].Value.Trim(), atEnd: true);
        }
        else if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            problem = BadTime;
            return false;
        }
        rest = Word("in", rest);
        var zone = rest.Length == 0 ? DigestZones.Resolve(localTimezone) ?? DigestZone.Utc : DigestZones.Resolve(rest);
        if (zone is null)
        {
            problem = DigestZones.IsPartHourOffset(rest) ? PartHourOffset : BadZone;
            return false;
        }
        schedule = new DigestSchedule(at, zone);
        return true;
    }

    /// <summary>"9", "09:30", "9.30", "8:30am", "12 pm": a 24-hour time, or a 12-hour one with am/pm.</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        if (Time().Match(text.Trim()) is not { Success: true } match)
        {
            return false;
        }
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups["ampm"].Success)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (char.ToLowerInvariant(match.Groups["ampm"].Value[0]) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
        {
            return false;
        }
        time = new TimeOnly(hour, minute);
        return true;
    }

    // Drops a filler word ("at 9", "in London", "London at") where it stands.
    private static string Word(string word, string text, bool atEnd = false)
    {
        if (atEnd)
        {
            return text.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase) ? text[..^(word.Length + 1)].Trim() : text;
        }
        return text.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase) ? text[(word.Length + 1)..].Trim() : text;
    }

    private const string TimePattern = @"\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?";

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<ampm>[ap]\.?m\.?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Time();

    // A leading number is meant as the time; whether it is a valid one is checked after.
    [GeneratedRegex(@"^(?<time>\d[\d:.]*(?:\s*[ap]\.?m\.?)?)(?=\s|$)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex LeadingTime();

    [GeneratedRegex(@"^(?<rest>.*?)\s+(?<time>" + TimePattern + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex TrailingTime();
}
