using System.CommandLine;
using System.Globalization;

namespace Recaps.Functions.Cli;

/// <summary>
/// An option holding an ISO-8601 date and time with an explicit offset (<c>--received</c>, later <c>--now</c>).
/// The offset is required: "18:00" means a different session date in Hong Kong and in New York.
/// </summary>
internal static class TimestampOption
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
    ];

    public static Option<DateTimeOffset?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "ISO-8601",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (TryParse(text, out var value))
            {
                return value;
            }
            result.AddError($"{name}: '{text}' is not an ISO-8601 date and time with offset, e.g. 2025-05-21T18:00:00+08:00");
            return null;
        },
    };

    private static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
