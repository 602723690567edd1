using System.Text;

namespace Recaps.Core.Questions.Reading;

/// <summary>
/// Splits a question into words: letters and digits, with the joiners names use inside them ("S&amp;P",
/// "Li-Ning", "sub-index", "0700.HK", "Sainsbury's"); a possessive "'s" is dropped so "Tencent's" is "Tencent".
/// </summary>
internal static class QuestionTokenizer
{
    public static List<QuestionToken> Tokenize(string text)
    {
        var tokens = new List<QuestionToken>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '&')
            {
                // "China Petroleum & Chemical": the ampersand is part of the name, as "and" is.
                tokens.Add(new QuestionToken("&", "&", i, 1));
                i++;
                continue;
            }
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
            {
                i++;
            }
            var word = text[start..i];
            var lower = word.ToLowerInvariant();
            if (lower.Length > 2 && (lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("’s", StringComparison.Ordinal)))
            {
                lower = lower[..^2];
                word = word[..^2];
            }
            tokens.Add(new QuestionToken(word, Fold(lower), start, word.Length));
        }
        return tokens;
    }

    // Curly apostrophes and the like are written as plain ones, so lexicon lookups see one form.
    private static string Fold(string lower)
    {
        if (!lower.Contains('’', StringComparison.Ordinal))
        {
            return lower;
        }
        return new StringBuilder(lower).Replace('’', '\'').ToString();
    }

    private static bool IsJoiner(char c) => c is '-' or '&' or '.' or '\'' or '’';
}
