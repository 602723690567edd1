using System.Text;

namespace Recaps.Core.Parsing;

/// <summary>
/// Mends the ways wires mangle figures before tokenizing: stray spaces inside numbers
/// ("106. 67", "21, 634.48") and figures spelled out in words ("four-thousand-129-point-68").
/// </summary>
internal static class NumberRepair
{
    public static string Repair(string text)
    {
        if (MaySpellFigures(text))
        {
            text = SpelledNumbers(text);
        }

        return StraySpaces(text);
    }

    private static string StraySpaces(string s)
    {
        StringBuilder? sb = null;
        for (var i = 1; i + 2 < s.Length; i++)
        {
            // "106. 67" and "21, 634.48": a separator, one space, then the rest of the number.
            if ((s[i] == '.' || s[i] == ',') && s[i + 1] == ' ' && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 2]))
            {
                var run = 0;
                while (i + 2 + run < s.Length && char.IsAsciiDigit(s[i + 2 + run]))
                {
                    run++;
                }

                var after = i + 2 + run < s.Length ? s[i + 2 + run] : ' ';
                var joinable = s[i] == '.'
                    ? run <= 4 && !char.IsAsciiLetterUpper(after) && LeftDigits(s, i) <= 5 && !EndsSentence(s, i + 2 + run)
                    : run == 3 && after == '.' && LeftDigits(s, i) <= 3;
                if (joinable)
                {
                    sb ??= new StringBuilder(s);
                    sb[i + 1] = '\u0001';
                }
            }
        }

        return sb is null ? s : sb.Replace("\u0001", string.Empty).ToString();
    }

    private static bool EndsSentence(string s, int at)
    {
        // "closed up 3. 5 stocks ..." never occurs; "at 3. The next" would: a capital after a space ends it.
        var j = at;
        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        return j < s.Length && j > at && char.IsAsciiLetterUpper(s[j]);
    }

    private static int LeftDigits(string s, int sep)
    {
        var n = 0;
        for (var j = sep - 1; j >= 0 && (char.IsAsciiDigit(s[j]) || s[j] == ','); j--)
        {
            n++;
        }

        return n;
    }

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Korean wire style: "21-point-06" = 21.06, "334-thousand-500" = 334500.</summary>
    private static string SpelledNumbers(string s)
    {
        var sb = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (!char.IsAsciiLetterOrDigit(s[i]) || (i > 0 && (char.IsAsciiLetterOrDigit(s[i - 1]) || s[i - 1] == '-')))
            {
                sb.Append(s[i++]);
                continue;
            }

            var end = i;
            while (end < s.Length && (char.IsAsciiLetterOrDigit(s[end]) || (s[end] == '-' && end + 1 < s.Length && char.IsAsciiLetterOrDigit(s[end + 1]))))
            {
                end++;
            }

            var chunk = s.AsSpan(i, end - i);
            if (chunk.Contains('-') && TrySpell(chunk.ToString(), out var digits))
            {
                sb.Append(digits);
            }
            else if (UnitFollows(s, end) && TryWords(chunk.ToString(), out var small))
            {
                sb.Append(small);
            }
            else
            {
                sb.Append(chunk);
            }

            i = end;
        }

        return sb.ToString();
    }

    private static bool MaySpellFigures(string text)
    {
        if (text.Contains("-point-", StringComparison.OrdinalIgnoreCase) || text.Contains("-thousand", StringComparison.OrdinalIgnoreCase)
            || text.Contains("-hundred", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // "three percent": a letter straight before " percent" / " per cent" / " points".
        foreach (var unit in (ReadOnlySpan<string>)[" percent", " per cent", " points"])
        {
            for (var at = text.IndexOf(unit, StringComparison.OrdinalIgnoreCase); at > 0; at = text.IndexOf(unit, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (char.IsLetter(text[at - 1]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool UnitFollows(string s, int at) =>
        at + 1 < s.Length && s[at] == ' ' && (s.AsSpan(at + 1).StartsWith("percent", StringComparison.OrdinalIgnoreCase)
            || s.AsSpan(at + 1).StartsWith("per cent", StringComparison.OrdinalIgnoreCase) || s.AsSpan(at + 1).StartsWith("points", StringComparison.OrdinalIgnoreCase));

    /// <summary>"three" or "twenty-one" straight before "percent" or "points".</summary>
    private static bool TryWords(string chunk, out string digits)
    {
        digits = string.Empty;
        var total = 0;
        foreach (var part in chunk.Split('-'))
        {
            if (!Units.TryGetValue(part, out var value))
            {
                return false;
            }

            total += value;
        }

        digits = total.ToString();
        return true;
    }

    internal static bool TrySpell(string chunk, out string digits)
    {
        digits = string.Empty;
        var parts = chunk.Split('-');
        if (parts.Length < 2)
        {
            return false;
        }

        long whole = 0, group = 0;
        string? fraction = null;
        var sawMarker = false;
        for (var p = 0; p < parts.Length; p++)
        {
            var part = parts[p];
            if (part.Equals("point", StringComparison.OrdinalIgnoreCase))
            {
                if (fraction is not null || p == 0 || p != parts.Length - 2)
                {
                    return false;
                }

                var last = parts[p + 1];
                if (long.TryParse(last, out _) && last.All(char.IsAsciiDigit))
                {
                    fraction = last;
                }
                else if (Units.TryGetValue(last, out var unit) && unit < 10)
                {
                    fraction = unit.ToString();
                }
                else
                {
                    return false;
                }

                sawMarker = true;
                break;
            }

            if (part.Equals("thousand", StringComparison.OrdinalIgnoreCase) || part.Equals("hundred", StringComparison.OrdinalIgnoreCase))
            {
                if (p == 0)
                {
                    return false;
                }

                var scale = part.Length == 8 ? 1000 : 100;
                if (scale == 1000)
                {
                    whole += group * 1000;
                    group = 0;
                }
                else
                {
                    group *= 100;
                }

                sawMarker = true;
                continue;
            }

            if (part.Length > 0 && part.All(char.IsAsciiDigit) && part.Length <= 9)
            {
                group += long.Parse(part);
            }
            else if (Units.TryGetValue(part, out var value))
            {
                group += value;
            }
            else
            {
                return false;
            }
        }

        if (!sawMarker)
        {
            return false;
        }

        whole += group;
        digits = fraction is null ? whole.ToString() : whole + "." + fraction;
        return true;
    }
}
