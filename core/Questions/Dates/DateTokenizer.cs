using System.Globalization;

namespace Recaps.Core.Questions.Dates;

/// <summary>
/// Splits a question into words, numbers and marks in one pass, by hand, so that hostile input (megabytes,
/// control characters, lone surrogates) costs linear time and cannot throw.
/// </summary>
internal static class DateTokenizer
{
    // "wednesday", "september", "yesterday" and "afternoon" are the longest words any pattern reads.
    private const int LongestWord = 9;

    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>();
        var glued = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                glued = false;
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    i++;
                }

                tokens.Add(Run(text, start, i - start, glued));
            }
            else
            {
                tokens.Add(new DateToken(DateTokenKind.Mark, i, 1, "", 0, 0, false, glued, c));
                i++;
            }

            glued = true;
        }

        return tokens;
    }

    private static DateToken Run(string text, int start, int length, bool glued)
    {
        var digits = 0;
        while (digits < length && char.IsAsciiDigit(text[start + digits]))
        {
            digits++;
        }

        var rest = length - digits;
        if (rest == 0)
        {
            return digits <= 4
                ? new DateToken(DateTokenKind.Number, start, length, "", Value(text, start, digits), digits, false, glued, '\0')
                : Other(start, length, glued);
        }

        if (digits is 1 or 2 && rest == 2 && IsOrdinalSuffix(text[start + digits], text[start + digits + 1]))
        {
            return new DateToken(DateTokenKind.Ordinal, start, length, "", Value(text, start, digits), digits, false, glued, '\0');
        }

        if (digits > 0 || !IsLetters(text, start, length))
        {
            return Other(start, length, glued);
        }

        var word = length <= LongestWord ? text.Substring(start, length).ToLowerInvariant() : "";
        return new DateToken(DateTokenKind.Word, start, length, word, 0, 0, char.IsUpper(text[start]), glued, '\0');
    }

    private static DateToken Other(int start, int length, bool glued) => new(DateTokenKind.Other, start, length, "", 0, 0, false, glued, '\0');

    private static bool IsLetters(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static int Value(string text, int start, int digits)
    {
        var value = 0;
        for (var i = start; i < start + digits; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    // "21th" is a typo worth forgiving, so any of the four suffixes goes with any number.
    private static bool IsOrdinalSuffix(char a, char b) => (char.ToLowerInvariant(a), char.ToLowerInvariant(b)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');
}
