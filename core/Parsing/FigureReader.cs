namespace Recaps.Core.Parsing;

/// <summary>
/// Reads the figure that starts at a number: its unit (%, points, a currency), whether it is a level
/// ("to 23,654", "a closing figure of ..."), a hedge ("over 3%"), or not a move figure at all
/// (a threshold, a year, a time, a count, an amount in billions).
/// </summary>
internal static class FigureReader
{

    public static Figure? Read(List<Token> tokens, int i, string homeCurrency)
    {
        var t = tokens[i];
        var prev = i > 0 ? tokens[i - 1] : Token.None;
        var prev2 = i > 1 ? tokens[i - 2] : Token.None;
        if (IsNotAMove(tokens, i, prev, prev2))
        {
            return null;
        }

        // A currency mark before the number.
        string? currency = null;
        var start = i;
        if (prev.Kind == TokenKind.Currency || (prev.IsWord && FigureWords.CurrencyMarks.ContainsKey(prev.Lower) && prev.IsAllCaps || prev.Text == "Rs"))
        {
            currency = prev.Kind == TokenKind.Currency && prev.Text == "$" ? DollarOf(homeCurrency)
                : prev.Text == "¥" ? (homeCurrency == "CNY" ? "CNY" : "JPY")
                : FigureWords.CurrencyMarks.GetValueOrDefault(prev.Lower);
            start = i - 1;
        }

        var j = i + 1;
        var next = Next(tokens, j);
        FigureKind kind;
        var converted = false;
        decimal? rangeHigh = null;
        if (next.Kind == TokenKind.Punct && next.Text == "-" && Next(tokens, j + 1).Kind == TokenKind.Number && IsPercentAt(tokens, j + 2))
        {
            // "1.5-2.1%": a range.
            rangeHigh = Math.Abs(tokens[j + 1].Value);
            j += 2;
            next = Next(tokens, j);
        }

        if (IsPercentAt(tokens, j))
        {
            kind = FigureKind.Pct;
            j += PercentLength(tokens, j);
            if (prev.Lower == "between" && Next(tokens, j).Lower == "and" && Next(tokens, j + 1).Kind == TokenKind.Number && IsPercentAt(tokens, j + 2))
            {
                rangeHigh = Math.Abs(tokens[j + 1].Value);
                j += 2 + PercentLength(tokens, j + 2);
            }
        }
        else if (next.Lower is "points" or "point" or "pts" or "pt")
        {
            kind = FigureKind.Points;
            j++;
        }
        else if (next.IsWord && FigureWords.Multipliers.Contains(next.Lower))
        {
            return null;
        }
        else if (currency is null && next.IsWord && (next.Lower is "cents" or "cent"))
        {
            kind = FigureKind.Money;
            currency = homeCurrency;
            converted = true;
            j++;
        }
        else if (currency is null && next.IsWord && next.Lower is "us" or "u.s." && Next(tokens, j + 1).Lower is "cents")
        {
            kind = FigureKind.Money;
            currency = "USD";
            converted = true;
            j += 2;
        }
        else if (currency is null && next.IsWord && next.Lower is "hk" or "hong" && Next(tokens, j + 1).Lower is "dollars" or "dollar" or "kong")
        {
            kind = FigureKind.Money;
            currency = "HKD";
            j += Next(tokens, j + 1).Lower == "kong" ? 3 : 2;
        }
        else if (currency is null && next.IsWord && next.Lower is "us" or "u.s." && Next(tokens, j + 1).Lower is "dollars" or "dollar")
        {
            return null;
        }
        else if (currency is null && next.IsWord && FigureWords.CurrencyWords.TryGetValue(next.Lower, out var word) && (next.Lower != "p" || next.Start == t.End))
        {
            kind = FigureKind.Money;
            currency = word;
            j++;
        }
        else if (currency is not null)
        {
            kind = FigureKind.Money;
        }
        else if (next.Lower is "and" or "or" or "to" && Next(tokens, j + 1).Kind == TokenKind.Number && IsPercentAt(tokens, j + 2) && prev.Lower != "between")
        {
            kind = FigureKind.Pct;
        }
        else
        {
            kind = FigureKind.Bare;
            if (IsYearOrCount(t, next))
            {
                return null;
            }
        }

        if (kind == FigureKind.Money && Next(tokens, j).IsWord && FigureWords.Multipliers.Contains(Next(tokens, j).Lower))
        {
            return null;
        }

        if (kind == FigureKind.Bare && next.IsWord && (FigureWords.Counted.Contains(next.Lower) || !FigureWords.BareFollowers.Contains(next.Lower)) && !IsPercentAt(tokens, j))
        {
            return null;
        }

        var qualifier = QualifierBefore(tokens, start);
        var level = IsLevelMarker(tokens, start);
        var contribution = kind == FigureKind.Points && IsContribution(tokens, start, j);
        return new Figure(kind, Math.Abs(t.Value), start, j, qualifier, currency, level, contribution, t.Value < 0, t.Text.StartsWith('+'), rangeHigh, converted);
    }

    private static Token Next(List<Token> tokens, int j) => j < tokens.Count ? tokens[j] : Token.None;

    private static string DollarOf(string home) => home is "SGD" or "AUD" or "HKD" or "TWD" ? home : "USD";

    private static bool IsPercentAt(List<Token> tokens, int j) => PercentLength(tokens, j) > 0;

    private static int PercentLength(List<Token> tokens, int j)
    {
        var t = Next(tokens, j);
        if (t.Kind == TokenKind.Percent || t.Lower is "percent" or "pct" or "pc" or "per-cent")
        {
            return 1;
        }

        return t.Lower == "per" && Next(tokens, j + 1).Lower == "cent" ? 2 : 0;
    }

    private static bool IsNotAMove(List<Token> tokens, int i, Token prev, Token prev2)
    {
        if (prev.IsWord && FigureWords.Thresholds.Contains(prev.Lower) && !(prev.Lower == "between" && IsPercentAt(tokens, i + 1)))
        {
            return true;
        }

        for (var k = i - 2; k >= Math.Max(0, i - 7) && tokens[k].IsWord && !tokens[k].IsCapitalized; k--)
        {
            if (tokens[k].Lower == "from")
            {
                return true;
            }
        }

        // "under the 3,500 mark", "in a band from 21,411.17 to 21,634.48", "between 3,445 and 3,555".
        if (prev.Lower == "the" && prev2.IsWord && FigureWords.Thresholds.Contains(prev2.Lower))
        {
            return true;
        }

        if (prev.Lower is "to" or "and" && prev2.Kind == TokenKind.Number && i >= 3 && tokens[i - 3].Lower is "from" or "between")
        {
            return true;
        }

        if (prev.Lower == "than" && prev2.Lower is not ("more" or "less"))
        {
            return true;
        }

        if (prev.Kind == TokenKind.Currency && prev2.IsWord && FigureWords.Thresholds.Contains(prev2.Lower))
        {
            return true;
        }

        // "1. 43 Nvidia": times ("08:10 GMT"), clock readings and ratios.
        var next = Next(tokens, i + 1);
        if (next.IsPunct(':') && Next(tokens, i + 2).Kind == TokenKind.Number)
        {
            return true;
        }

        if (next.IsWord && next.Lower is "gmt" or "jst" or "ist" or "et" or "bst" or "hkt" or "am" or "pm" or "a.m." or "p.m." or "x" or "times")
        {
            return true;
        }

        // "402 to 187": breadth, not a move.
        if (next.Lower == "to" && Next(tokens, i + 2).Kind == TokenKind.Number && tokens[i].Decimals == 0 && Next(tokens, i + 2).Decimals == 0
            && !IsPercentAt(tokens, i + 3) && Next(tokens, i + 3).Lower is not ("points" or "yuan" or "won"))
        {
            return true;
        }

        // "... 402 to 187": the second half of a breadth ratio.
        if (prev.Lower == "to" && prev2.Kind == TokenKind.Number && prev2.Decimals == 0 && tokens[i].Decimals == 0 && !IsPercentAt(tokens, i + 1))
        {
            return true;
        }

        return prev.IsPunct('-') && i >= 2 && tokens[i - 2].Kind == TokenKind.Number;
    }

    private static bool IsYearOrCount(Token t, Token next) =>
        t.Decimals == 0 && t.Value is >= 1900 and <= 2100 && !t.Lower.Contains(',')
        || next.IsWord && Lexicon.Months.Contains(next.Lower);

    private static string? QualifierBefore(List<Token> tokens, int start)
    {
        var a = start > 0 ? tokens[start - 1].Lower : "";
        var b = start > 1 ? tokens[start - 2].Lower : "";
        var c = start > 2 ? tokens[start - 3].Lower : "";
        if (a == "by")
        {
            (a, b, c) = (b, c, start > 3 ? tokens[start - 4].Lower : "");
        }

        return (c, b, a) switch
        {
            (_, "more", "than") or (_, "just", "over") or (_, _, "over") or (_, _, "above") => "over",
            (_, _, "nearly") or (_, _, "almost") or (_, "close", "to") or (_, "just", "under") or (_, "less", "than") => "nearly",
            (_, _, "about") or (_, _, "around") or (_, _, "roughly") or (_, _, "approximately") or (_, _, "some") => "about",
            ("as", "much", "as") or (_, "up", "to") => "as much as",
            _ => null,
        };
    }

    private static bool IsLevelMarker(List<Token> tokens, int start)
    {
        var k = start - 1;
        if (k < 0)
        {
            return false;
        }

        var a = tokens[k].Lower;
        var b = k > 0 ? tokens[k - 1].Lower : "";
        var c = k > 1 ? tokens[k - 2].Lower : "";
        if (a == "and" && k > 0 && tokens[k - 1].Kind == TokenKind.Number)
        {
            var previous = k - 1;
            if (previous > 0 && tokens[previous - 1].Kind == TokenKind.Currency)
            {
                previous--;
            }

            return IsLevelMarker(tokens, previous);
        }

        if (a == "at")
        {
            return true;
        }

        if (a == "to")
        {
            return b != "up";
        }

        return (a, b, c) switch
        {
            ("of", "figure" or "high" or "level" or "close" or "finish" or "peak" or "low" or "closing", _) => true,
            ("reach" or "reached" or "reaching" or "hit" or "touched" or "touching", _, _) => true,
            ("record" or "high", "a" or "an", "to") => true,
            _ => false,
        };
    }

    /// <summary>"contributing 36.87 points to the Hang Seng Index", "taking 3.04 points off the index", "worth 2.77 points".</summary>
    private static bool IsContribution(List<Token> tokens, int start, int end)
    {
        var before = start > 0 ? tokens[start - 1].Lower : "";
        if (before is "worth" or "contributing" or "contributed")
        {
            return true;
        }

        var next = Next(tokens, end);
        if (next.Lower is not ("to" or "off" or "from"))
        {
            return false;
        }

        var after = Next(tokens, end + 1);
        if (after.Lower == "the")
        {
            after = Next(tokens, end + 2);
        }

        return after.Lower is "index" or "benchmark" || (after.IsCapitalized && !Lexicon.Months.Contains(after.Lower));
    }
}
