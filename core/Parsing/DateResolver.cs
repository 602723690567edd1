using System.Globalization;
using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>
/// Finds the session date: a dateline or header date; else a day and month completed from the
/// arrival date; else the weekday the market moved on (the latest such day on or before arrival);
/// else the arrival date in the market's own time zone.
/// </summary>
internal static class DateResolver
{
    private const int HeaderChars = 600;
    private const int MaxSentences = 60;

    public static (DateOnly Date, DateBasis Basis) Resolve(IReadOnlyList<Sentence> sentences, DateOnly received)
    {
        var read = 0;
        foreach (var s in sentences)
        {
            if (read > HeaderChars)
            {
                break;
            }

            read += s.Text.Length;
            if (FullDate(s.Tokens) is { } stated)
            {
                return (stated, DateBasis.Stated);
            }
        }

        // Only sentences where the market moved date the session ("closed higher on Wednesday").
        var moving = sentences.Take(MaxSentences).Where(HasMarketMove).ToList();
        foreach (var s in moving.Take(12))
        {
            if (DayMonth(s.Tokens, received) is { } dayMonth)
            {
                return (dayMonth, DateBasis.DayMonth);
            }
        }

        foreach (var s in moving)
        {
            if (SessionWeekday(s.Tokens) is { } weekday)
            {
                var back = ((int)received.DayOfWeek - (int)weekday + 7) % 7;
                return (received.AddDays(-back), DateBasis.Weekday);
            }
        }

        return (received, DateBasis.Received);
    }

    private static bool HasMarketMove(Sentence s)
    {
        foreach (var t in s.Tokens)
        {
            if (t.Has(WordFlags.Cue))
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly? FullDate(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // "2025-05-21", "22/09/2025", "07-04-2021".
            if (t.Kind == TokenKind.Number && t.Decimals == 0 && i + 4 < tokens.Count && tokens[i + 1].Text is "-" or "/" && tokens[i + 2].Kind == TokenKind.Number
                && tokens[i + 3].Text == tokens[i + 1].Text && tokens[i + 4].Kind == TokenKind.Number)
            {
                var (a, b, c) = ((int)Math.Abs(t.Value), (int)Math.Abs(tokens[i + 2].Value), (int)Math.Abs(tokens[i + 4].Value));
                if (a > 1900 && Make(a, b, c) is { } iso)
                {
                    return iso;
                }

                if (c > 1900 && (Make(c, b, a) ?? Make(c, a, b)) is { } dmy)
                {
                    return dmy;
                }
            }

            // "September 2, 2015", "Nov 12, 2025", "August 14 2015".
            if (t.IsWord && MonthOf(t.Lower) is { } month && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Number)
            {
                var k = i + 2;
                if (k < tokens.Count && tokens[k].IsPunct(','))
                {
                    k++;
                }

                if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Value > 1900 && Make((int)tokens[k].Value, month, (int)tokens[i + 1].Value) is { } mdy)
                {
                    return mdy;
                }
            }

            // "27th May, 2021", "14 August 2015".
            if ((t.Kind == TokenKind.Number || OrdinalDay(t.Text) is not null) && i + 1 < tokens.Count && tokens[i + 1].IsWord && MonthOf(tokens[i + 1].Lower) is { } m2)
            {
                var day = t.Kind == TokenKind.Number ? (int)t.Value : OrdinalDay(t.Text)!.Value;
                var k = i + 2;
                if (k < tokens.Count && tokens[k].IsPunct(','))
                {
                    k++;
                }

                if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && tokens[k].Value > 1900 && Make((int)tokens[k].Value, m2, day) is { } dmy2)
                {
                    return dmy2;
                }
            }
        }

        return null;
    }

    private static DateOnly? DayMonth(List<Token> tokens, DateOnly received)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].IsWord && tokens[i].IsCapitalized && MonthOf(tokens[i].Lower) is { } month && tokens[i + 1].Kind == TokenKind.Number && tokens[i + 1].Decimals == 0
                && tokens[i + 1].Value is >= 1 and <= 31 && (i + 2 >= tokens.Count || tokens[i + 2].Kind != TokenKind.Number))
            {
                var day = (int)tokens[i + 1].Value;
                for (var year = received.Year; year >= received.Year - 1; year--)
                {
                    if (Make(year, month, day) is { } date && date <= received.AddDays(1))
                    {
                        return date;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"closed higher on Wednesday", "ended Tuesday lower", "Friday's session" — not "last Friday" or "from Thursday".</summary>
    private static DayOfWeek? SessionWeekday(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Lexicon.IsWeekday(tokens[i].Lower, out var day))
            {
                continue;
            }

            var before = i > 0 ? tokens[i - 1].Lower : string.Empty;
            var after = i + 1 < tokens.Count ? tokens[i + 1].Lower : string.Empty;
            if (before is "last" or "previous" or "since" or "from" or "until" or "next" or "through" or "to" or "till" or "and" || after is "to" or "and" or "through")
            {
                continue;
            }

            return (DayOfWeek)day;
        }

        return null;
    }

    private static int? MonthOf(string lower)
    {
        var index = Array.IndexOf(MonthNames, lower.TrimEnd('.'));
        return index < 0 ? null : index % 12 + 1;
    }

    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];

    private static int? OrdinalDay(string text)
    {
        if (text.Length is < 3 or > 4 || !(text.EndsWith("st", StringComparison.Ordinal) || text.EndsWith("nd", StringComparison.Ordinal)
            || text.EndsWith("rd", StringComparison.Ordinal) || text.EndsWith("th", StringComparison.Ordinal)))
        {
            return null;
        }

        return int.TryParse(text.AsSpan(0, text.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}
