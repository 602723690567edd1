using System.Net;
using System.Text;

namespace Recaps.Core.Parsing;

/// <summary>
/// Turns whatever arrived into plain text the parser can read: rejects binary content, strips
/// HTML markup, and folds typographic characters to their plain forms. Linear in the input.
/// </summary>
internal static class TextCleaner
{
    public static bool LooksBinary(string text)
    {
        var sample = text.Length > 65_536 ? text.AsSpan(0, 65_536) : text.AsSpan();
        var suspicious = 0;
        foreach (var c in sample)
        {
            if (c == '\0')
            {
                return true;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                suspicious++;
            }
        }

        return suspicious > 8 && suspicious * 20 > sample.Length;
    }

    public static bool LooksHtml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096));
        return head.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<p>", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<!doctype", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Drops tags, scripts and styles; block-level tags become line breaks.</summary>
    public static string StripHtml(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                break;
            }

            var tag = html.AsSpan(i + 1, close - i - 1).TrimStart('/');
            var name = TagName(tag);
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                var end = html.IndexOf("</" + name.ToString(), close, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : html.IndexOf('>', end) + 1;
                if (i <= 0)
                {
                    i = html.Length;
                }

                continue;
            }

            sb.Append(IsBlock(name) ? '\n' : ' ');
            i = close + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        var n = 0;
        while (n < tag.Length && char.IsAsciiLetterOrDigit(tag[n]))
        {
            n++;
        }

        return tag[..n];
    }

    private static bool IsBlock(ReadOnlySpan<char> name) =>
        name.Equals("p", StringComparison.OrdinalIgnoreCase) || name.Equals("br", StringComparison.OrdinalIgnoreCase)
        || name.Equals("div", StringComparison.OrdinalIgnoreCase) || name.Equals("li", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("h", StringComparison.OrdinalIgnoreCase) || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
        || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    private static bool NeedsFolding(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007E' || c is '\t' or '\r')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds quotes, dashes and odd spaces to ASCII so one lexicon reads every source.</summary>
    public static string Fold(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u02BC' or '\u2032':
                    sb.Append('\'');
                    break;
                case '\u201C' or '\u201D' or '\u201E':
                    sb.Append('"');
                    break;
                case '\u2013' or '\u2014' or '\u2212':
                    sb.Append(c == '\u2212' ? '-' : '\u2014');
                    break;
                case '\u00A0' or '\u2009' or '\u202F' or '\u2007' or '\t':
                    sb.Append(' ');
                    break;
                case '\r':
                    break;
                case '\uFEFF' or '\u200B':
                    break;
                case '\uFF05':
                    sb.Append('%');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
