using System.Text;

namespace Recaps.Functions.Tests.Infra;

/// <summary>
/// A light tokenizer for Bicep: comments, single-quoted strings with escapes and <c>${...}</c> interpolation,
/// multi-line <c>'''</c> strings, identifiers, numbers, punctuation and line breaks (Bicep statements end at a line
/// break). It is NOT a Bicep compiler: it knows no types, no resource schemas and no functions; it only lets the
/// consistency tests read templates without regular expressions tripping over strings and comments. It throws
/// <see cref="FormatException"/> for what even it can see is broken: an unterminated string or comment, an
/// unbalanced brace, bracket or parenthesis, or a character Bicep does not use.
/// </summary>
internal static class BicepTokenizer
{
    private const string Punctuation = "{}[]():,.?=!<>&|@+-*/%~";

    public static IReadOnlyList<BicepToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<BicepToken>();
        var brackets = new Stack<(char Open, int Line)>();
        var line = 1;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new BicepToken(BicepTokenKind.Newline, "\n", "\n", i, line));
                line++;
                i++;
            }
            else if (c is ' ' or '\r' or '\t')
            {
                i++;
            }
            else if (c == '/' && At(text, i + 1) == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c == '/' && At(text, i + 1) == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"line {line}: unterminated /* comment");
                }
                line += Count(text, i, end, '\n');
                i = end + 2;
            }
            else if (c == '\'' && At(text, i + 1) == '\'' && At(text, i + 2) == '\'')
            {
                var end = text.IndexOf("'''", i + 3, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw new FormatException($"line {line}: unterminated ''' string");
                }
                var content = text[(i + 3)..end];
                tokens.Add(new BicepToken(BicepTokenKind.String, text[i..(end + 3)], content, i, line));
                line += Count(text, i, end, '\n');
                i = end + 3;
            }
            else if (c == '\'')
            {
                var start = i;
                var (end, value) = ReadString(text, i, line);
                tokens.Add(new BicepToken(BicepTokenKind.String, text[start..end], value, start, line));
                i = end;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }
                tokens.Add(new BicepToken(BicepTokenKind.Identifier, text[start..i], text[start..i], start, line));
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }
                tokens.Add(new BicepToken(BicepTokenKind.Number, text[start..i], text[start..i], start, line));
            }
            else if (Punctuation.Contains(c, StringComparison.Ordinal))
            {
                Balance(brackets, c, line);
                tokens.Add(new BicepToken(BicepTokenKind.Punctuation, c.ToString(), c.ToString(), i, line));
                i++;
            }
            else
            {
                throw new FormatException($"line {line}: unexpected character '{c}' (U+{(int)c:X4})");
            }
        }
        if (brackets.Count > 0)
        {
            var (open, at) = brackets.Peek();
            throw new FormatException($"line {at}: '{open}' is never closed");
        }
        return tokens;
    }

    // A single-quoted string from its opening quote: where it ends, and its content when it has no interpolation.
    private static (int End, string? Value) ReadString(string text, int start, int line)
    {
        var value = new StringBuilder();
        var interpolated = false;
        var i = start + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                break;
            }
            if (c == '\'')
            {
                return (i + 1, interpolated ? null : value.ToString());
            }
            if (c == '\\' && At(text, i + 1) == 'u')
            {
                var close = text.IndexOf('}', i);
                if (At(text, i + 2) != '{' || close < 0)
                {
                    throw new FormatException($"line {line}: malformed \\u{{...}} escape");
                }
                value.Append(char.ConvertFromUtf32(Convert.ToInt32(text[(i + 3)..close], 16)));
                i = close + 1;
                continue;
            }
            if (c == '\\')
            {
                var escaped = At(text, i + 1);
                value.Append(escaped switch
                {
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    '\\' or '\'' or '$' => escaped,
                    _ => throw new FormatException($"line {line}: unknown escape \\{escaped}"),
                });
                i += 2;
                continue;
            }
            if (c == '$' && At(text, i + 1) == '{')
            {
                interpolated = true;
                i = SkipInterpolation(text, i + 2, line);
                continue;
            }
            value.Append(c);
            i++;
        }
        throw new FormatException($"line {line}: unterminated string");
    }

    // The expression inside ${...}: nested braces and strings (which may interpolate again) until the closing brace.
    private static int SkipInterpolation(string text, int i, int line)
    {
        var depth = 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                break;
            }
            if (c == '\'')
            {
                i = ReadString(text, i, line).End;
                continue;
            }
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                return i + 1;
            }
            i++;
        }
        throw new FormatException($"line {line}: unterminated ${{...}} in a string");
    }

    private static void Balance(Stack<(char Open, int Line)> brackets, char c, int line)
    {
        if (c is '{' or '[' or '(')
        {
            brackets.Push((c, line));
            return;
        }
        var open = c switch
        {
            '}' => '{',
            ']' => '[',
            ')' => '(',
            _ => '\0',
        };
        if (open == '\0')
        {
            return;
        }
        if (brackets.Count == 0 || brackets.Peek().Open != open)
        {
            throw new FormatException($"line {line}: '{c}' closes nothing" + (brackets.Count == 0 ? "" : $" (the open '{brackets.Peek().Open}' is from line {brackets.Peek().Line})"));
        }
        brackets.Pop();
    }

    private static char At(string text, int index) => index < text.Length ? text[index] : '\0';

    private static int Count(string text, int from, int to, char c)
    {
        var n = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == c)
            {
                n++;
            }
        }
        return n;
    }
}
