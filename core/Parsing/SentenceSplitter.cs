namespace Recaps.Core.Parsing;

/// <summary>
/// Splits a recap into sentences. Lines without closing punctuation are headlines; list lines
/// ("- Infosys: 3.26 per cent") stay whole; an upper-case line followed by a list is its section.
/// </summary>
internal static class SentenceSplitter
{
    // Beyond this a "sentence" is noise (a table dump, a run of digits); cut it so work stays linear.
    private const int MaxSentence = 2_000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "co", "corp", "inc", "ltd", "mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "o.n", "cons", "approx", "bhd", "pte",
        "jr", "sr", "prod", "intl", "hldgs", "grp", "govt", "e.g", "i.e", "plc", "mt", "ave", "p.m", "a.m",
    };

    public static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        string? section = null;
        string[]? tableHeader = null;
        string? tableSection = null;
        var previous = string.Empty;
        var lines = text.Split('\n');
        for (var li = 0; li < lines.Length; li++)
        {
            var line = lines[li].Trim();
            if (line.Length == 0)
            {
                paragraph++;
                continue;
            }

            // "Stock | Last | Change" tables: the header gives each column's unit; each row reads as a list line.
            if (line.Contains(" | ", StringComparison.Ordinal))
            {
                var cells = line.Split('|', StringSplitOptions.TrimEntries);
                if (!line.Any(char.IsAsciiDigit))
                {
                    tableHeader = cells;
                    tableSection = previous.Length > 0 ? previous : line;
                }
                else
                {
                    AddChunks(sentences, TableRow(cells, tableHeader), paragraph, bullet: true, tableSection);
                }

                previous = line;
                continue;
            }

            tableHeader = null;
            previous = line;

            var bullet = line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith("* ", StringComparison.Ordinal) || line.StartsWith("• ", StringComparison.Ordinal);
            if (bullet)
            {
                line = line[2..].Trim();
                AddChunks(sentences, line, paragraph, bullet: true, section);
                continue;
            }

            if (IsSectionLabel(line) && NextIsBullet(lines, li))
            {
                section = line;
                continue;
            }

            section = null;
            foreach (var part in line.Split("**", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                SplitLine(sentences, part, paragraph);
            }
        }

        return sentences;
    }

    private static string TableRow(string[] cells, string[]? header)
    {
        var parts = new List<string> { cells[0] };
        for (var c = 1; c < cells.Length; c++)
        {
            var cell = cells[c];
            var column = header is not null && c < header.Length ? header[c].ToLowerInvariant() : string.Empty;
            if (column.Contains("last", StringComparison.Ordinal) || column.Contains("price", StringComparison.Ordinal)
                || column.Contains("close", StringComparison.Ordinal) || (column.Length == 0 && cell.Length > 0 && !char.IsAsciiDigit(cell[0]) && cell[0] is not ('+' or '-') && !cell.EndsWith('%')))
            {
                parts.Add("at " + cell);
            }
            else if ((column.Contains('%') || column.Contains("chg", StringComparison.Ordinal) || column.Contains("change", StringComparison.Ordinal)) && !cell.EndsWith('%'))
            {
                parts.Add(cell + "%");
            }
            else
            {
                parts.Add(cell);
            }
        }

        return string.Join(' ', parts);
    }

    private static bool IsSectionLabel(string line) =>
        line.Length < 60 && line.Any(char.IsLetter) && !line.Any(char.IsLower);

    private static bool NextIsBullet(string[] lines, int at)
    {
        for (var j = at + 1; j < lines.Length; j++)
        {
            var next = lines[j].TrimStart();
            if (next.Length > 0)
            {
                return next.StartsWith("- ", StringComparison.Ordinal) || next.StartsWith("* ", StringComparison.Ordinal) || next.StartsWith("• ", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static void SplitLine(List<Sentence> sentences, string line, int paragraph)
    {
        var start = 0;
        for (var i = 0; i < line.Length - 1; i++)
        {
            var c = line[i];
            if (c is not ('.' or '!' or '?') || line[i + 1] != ' ')
            {
                continue;
            }

            var j = i + 1;
            while (j < line.Length && line[j] == ' ')
            {
                j++;
            }

            if (j >= line.Length || !(char.IsUpper(line[j]) || char.IsAsciiDigit(line[j]) || line[j] is '"' or '(' or '\''))
            {
                continue;
            }

            if (c == '.' && IsAbbreviation(line, i))
            {
                continue;
            }

            AddChunks(sentences, line[start..(i + 1)].Trim(), paragraph, bullet: false, section: null);
            start = j;
        }

        if (start < line.Length)
        {
            AddChunks(sentences, line[start..].Trim(), paragraph, bullet: false, section: null);
        }
    }

    private static bool IsAbbreviation(string line, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && (char.IsLetter(line[k]) || line[k] == '.'))
        {
            k--;
        }

        var word = line.AsSpan(k + 1, dot - k - 1);
        if (word.Length == 0)
        {
            return false;
        }

        // A lone capital is an initial ("Donald J. Trump"), dotted capitals an abbreviation ("U.S.").
        return (word.Length == 1 && char.IsUpper(word[0])) || word.Contains('.') || Abbreviations.Contains(word.ToString());
    }

    private static void AddChunks(List<Sentence> sentences, string text, int paragraph, bool bullet, string? section)
    {
        if (text.Length == 0)
        {
            return;
        }

        for (var at = 0; at < text.Length; at += MaxSentence)
        {
            var chunk = text.Substring(at, Math.Min(MaxSentence, text.Length - at));
            var heading = !bullet && chunk[^1] is not ('.' or '!' or '?' or '"' or ')' or ':' or ';');
            sentences.Add(new Sentence(chunk, paragraph, heading, heading && IsTitleCase(chunk), bullet, section));
        }
    }

    private static bool IsTitleCase(string text)
    {
        int words = 0, capitals = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length <= 3 || !char.IsLetter(word[0]))
            {
                continue;
            }

            words++;
            if (char.IsUpper(word[0]))
            {
                capitals++;
            }
        }

        return words >= 3 && capitals * 10 >= words * 8;
    }
}
