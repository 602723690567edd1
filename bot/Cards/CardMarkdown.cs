using System.Text;

namespace Recaps.Bot.Cards;

/// <summary>
/// Makes text literal in an Adaptive Card TextBlock, which renders a markdown subset (emphasis, links, lists): a
/// company name or a question echoed back must not turn into bold text or a link. Backslash escapes are what the
/// renderers honour; only the characters that subset acts on are escaped, so a renderer that ignores escapes shows
/// as few stray backslashes as possible.
/// </summary>
internal static class CardMarkdown
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Most texts (figures, names, dates) need no escape: the builder starts only at the first one, so they come
        // back as they are, without a builder and a copy per cell of every card.
        StringBuilder? escaped = null;
        var lineStart = true;
        var listDelimiter = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && c is '-' or '+' or '#' && BlankAfter(text, i) || i == listDelimiter
                || c is '\\' or '*' or '_' or '[' or ']' or '<' or '>' or '`' or '~')
            {
                escaped ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
                escaped.Append('\\');
            }
            if (lineStart && char.IsAsciiDigit(c))
            {
                listDelimiter = ListDelimiter(text, i);
            }
            escaped?.Append(c);
            lineStart = c == '\n' || lineStart && c == ' ';
        }
        return escaped?.ToString() ?? text;
    }

    // "1. x" and "1) x" at the start of a line make a numbered list; the delimiter is what to escape (a backslash
    // before a digit is no escape and would show).
    private static int ListDelimiter(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }
        return end < text.Length && text[end] is '.' or ')' && BlankAfter(text, end) ? end : -1;
    }

    // A marker makes a list or heading only when a space or the line's end follows it ("- x", not "-0.76%").
    private static bool BlankAfter(string text, int i) => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]);
}
