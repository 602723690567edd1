using System.Globalization;

namespace Recaps.Core.Parsing;

/// <summary>
/// Splits a sentence into tokens in one pass. Numbers keep their value and precision
/// ("23,827.79", "4.548,73", "-0.14"); currency marks ("HK$", "US$", "£") and wire tickers
/// ("9984.T", ".N225", "DE:ALVG", "00700.HK") are tokens of their own.
/// </summary>
internal static class Tokenizer
{
    private const int MaxNumberLength = 24;

    public static List<Token> Tokenize(string s) => Tokenize(s, withFlags: true);

    /// <summary>Without lexicon flags: for building the lexicon's own tables from phrases.</summary>
    public static List<Token> TokenizeRaw(string s) => Tokenize(s, withFlags: false);

    private static List<Token> Tokenize(string s, bool withFlags)
    {
        var tokens = new List<Token>(s.Length / 4);
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsAsciiDigit(c) || (c is '-' or '+' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && (i == 0 || !char.IsLetterOrDigit(s[i - 1]))))
            {
                i = ReadNumber(s, i, tokens, withFlags);
                continue;
            }

            if (c == '.' && i + 1 < s.Length && char.IsAsciiLetterUpper(s[i + 1]) && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '(') && (i + 2 >= s.Length || s[i + 2] != ' '))
            {
                i = ReadWord(s, i + 1, tokens, dotTicker: true, start: i, withFlags);
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(s, i, tokens, dotTicker: false, start: i, withFlags);
                continue;
            }

            if (c is '$' or '£' or '€' or '¥' or '₩' or '₹')
            {
                tokens.Add(new Token(TokenKind.Currency, c.ToString(), c.ToString(), 0, 0, i, i + 1));
                i++;
                continue;
            }

            if (c == '%')
            {
                tokens.Add(new Token(TokenKind.Percent, "%", "%", 0, 0, i, i + 1));
                i++;
                continue;
            }

            if (c == '\'' && i + 1 < s.Length && (s[i + 1] == 's' || s[i + 1] == 'S') && (i + 2 >= s.Length || !char.IsLetter(s[i + 2])) && tokens.Count > 0)
            {
                tokens.Add(new Token(TokenKind.Word, "'s", "'s", 0, 0, i, i + 2));
                i += 2;
                continue;
            }

            tokens.Add(new Token(TokenKind.Punct, c.ToString(), c.ToString(), 0, 0, i, i + 1));
            i++;
        }

        return tokens;
    }

    private static int ReadWord(string s, int i, List<Token> tokens, bool dotTicker, int start, bool withFlags)
    {
        var j = i;
        while (j < s.Length)
        {
            var c = s[j];
            if (char.IsAsciiDigit(c) && j > i && IsCurrencyCode(s.AsSpan(i, j - i)))
            {
                break;
            }

            if (char.IsLetterOrDigit(c))
            {
                j++;
            }
            else if ((c is '-' or '&' or '/' ) && j + 1 < s.Length && char.IsLetterOrDigit(s[j + 1]))
            {
                j++;
            }
            else if (c == '.' && j + 1 < s.Length && char.IsLetter(s[j + 1]) && (j + 2 >= s.Length || !char.IsLower(s[j + 2]) || char.IsUpper(s[j - 1])))
            {
                // "U.S.", "O.N.", "Ele.me", "9984.T" — but not "end.The".
                j++;
            }
            else if (c == '.' && j > i && j + 1 <= s.Length && IsDottedAbbreviation(s, i, j))
            {
                j++;
                break;
            }
            else if (c == ':' && j + 1 < s.Length && char.IsAsciiLetterUpper(s[j + 1]) && j - i is >= 2 and <= 6 && AllUpper(s, i, j))
            {
                j++;
            }
            else if (c == '$' && j - i <= 3 && AllUpper(s, i, j))
            {
                // "HK$", "US$", "S$", "A$": a currency mark.
                j++;
                tokens.Add(new Token(TokenKind.Currency, s[start..j], s[start..j].ToLowerInvariant(), 0, 0, start, j));
                return j;
            }
            else
            {
                break;
            }
        }

        var text = s[start..j];
        var kind = dotTicker || IsTicker(text) ? TokenKind.Ticker : TokenKind.Word;
        var lower = Lower(text);
        tokens.Add(new Token(kind, text, lower, 0, 0, start, j, withFlags ? WordInfo.Of(lower) : WordFlags.None));
        return j;
    }

    private static string Lower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return text.ToLowerInvariant();
            }
        }

        return text;
    }

    private static bool IsCurrencyCode(ReadOnlySpan<char> word) =>
        word is "RMB" or "HKD" or "USD" or "CNY" or "KRW" or "SGD" or "INR" or "GBP" or "EUR" or "JPY" or "AUD" or "Rs" or "TWD";

    private static bool IsDottedAbbreviation(string s, int i, int dot)
    {
        // Keep the final dot of "U.S." and "O.N." with the word.
        for (var k = i; k < dot; k++)
        {
            if (s[k] == '.')
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllUpper(string s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsAsciiLetterUpper(s[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"DE:ALVG", "ASX:CBA", "NVDA.O", "0700.HK".</summary>
    private static bool IsTicker(string text)
    {
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            return true;
        }

        var dot = text.LastIndexOf('.');
        if (dot > 0 && dot < text.Length - 1 && text.Length - dot - 1 <= 2 && text[(dot + 1)..].All(char.IsAsciiLetterUpper))
        {
            var head = text[..dot];
            return head.Length is >= 1 and <= 6 && head.All(ch => char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch)) && !head.Contains('.');
        }

        return false;
    }

    private static int ReadNumber(string s, int i, List<Token> tokens, bool withFlags)
    {
        var start = i;
        var negative = false;
        if (s[i] is '-' or '+')
        {
            negative = s[i] == '-';
            i++;
        }

        var j = i;
        while (j < s.Length && (char.IsAsciiDigit(s[j]) || ((s[j] is ',' or '.') && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1]))))
        {
            j++;
        }

        // Wire codes: "9984.T", "00700.HK".
        if (j + 1 < s.Length && s[j] == '.' && char.IsAsciiLetterUpper(s[j + 1]))
        {
            var k = j + 1;
            while (k < s.Length && char.IsAsciiLetterUpper(s[k]))
            {
                k++;
            }

            if (k - j - 1 <= 2 && (k >= s.Length || !char.IsLetter(s[k])))
            {
                var ticker = s[start..k];
                var tickerLower = ticker.ToLowerInvariant();
                tokens.Add(new Token(TokenKind.Ticker, ticker, tickerLower, 0, 0, start, k, withFlags ? WordInfo.Of(tickerLower) : WordFlags.None));
                return k;
            }
        }

        // "52-week", "3D", "2Q": a word that starts with digits.
        if (j < s.Length && (s[j] == '-' && j + 1 < s.Length && char.IsLetter(s[j + 1]) || IsGluedWord(s, j)))
        {
            return ReadWord(s, j, tokens, dotTicker: false, start: start, withFlags);
        }

        var raw = s[i..j];
        if (raw.Length > MaxNumberLength || !TryParseNumber(raw, out var value, out var decimals))
        {
            tokens.Add(new Token(TokenKind.Word, s[start..j], s[start..j], 0, 0, start, j));
            return j;
        }

        tokens.Add(new Token(TokenKind.Number, s[start..j], raw, negative ? -value : value, decimals, start, j));
        return j;
    }

    private static bool IsGluedWord(string s, int j)
    {
        // Units glued to figures split off ("358p", "2.5billion", "16bn"); ordinals and codes stay words.
        if (j >= s.Length || !char.IsLetter(s[j]))
        {
            return false;
        }

        var k = j;
        while (k < s.Length && char.IsLetter(s[k]))
        {
            k++;
        }

        var unit = s[j..k].ToLowerInvariant();
        return unit is not ("p" or "bn" or "billion" or "million" or "trillion" or "m" or "pc" or "pct" or "mn" or "tn" or "k" or "x");
    }

    internal static bool TryParseNumber(string raw, out decimal value, out int decimals)
    {
        var comma = raw.LastIndexOf(',');
        var dot = raw.LastIndexOf('.');
        string normalized;
        if (comma > dot && dot >= 0)
        {
            // European style "4.548,73".
            normalized = raw.Replace(".", string.Empty).Replace(',', '.');
        }
        else if (comma >= 0 && dot < 0 && raw.Length - comma - 1 != 3)
        {
            normalized = raw.Replace(',', '.');
        }
        else
        {
            normalized = raw.Replace(",", string.Empty);
        }

        var point = normalized.IndexOf('.');
        decimals = point < 0 ? 0 : normalized.Length - point - 1;
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
