namespace Recaps.Core.Parsing;

/// <summary>
/// Reads a company name as a run of capitalised words ("Industrial &amp; Commercial Bank of China",
/// "Allianz SE VNA O.N.", "Prosiebensat 1 Media AG", "Sainsbury's", "SK hynix", "MIRXES-B").
/// Whether it moved is decided later, by what follows it.
/// </summary>
internal static class CompanyNames
{
    private static readonly HashSet<string> Connectors = ["of", "&", "de", "and"];

    private static readonly HashSet<string> FunctionWords =
    [
        "were", "was", "is", "are", "has", "had", "have", "also", "all", "both", "each", "will", "would", "and", "or", "the", "for",
        "with", "from", "its", "their", "which", "who", "that", "shares", "stock", "stocks", "closed", "ended", "finished",
    ];

    private static readonly HashSet<string> Descriptors =
    [
        "firm", "firms", "company", "companies", "carmaker", "automaker", "government", "regulator", "president", "official",
        "officials", "authorities", "contract", "trip", "data", "economy", "market", "investors", "model", "visit", "deal",
    ];

    public static Mention? TryRead(List<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!IsNameWord(t) || Lexicon.Months.Contains(t.Lower) || Lexicon.IsWeekday(t.Lower, out _))
        {
            return null;
        }

        if (t.Has(WordFlags.Cue) && !(i + 1 < tokens.Count && IsNameWord(tokens[i + 1])))
        {
            return null;
        }

        if (Lexicon.DescriptorNouns.Contains(t.Lower) && t.Lower is not ("bank" or "group" or "fund" or "stock" or "unit")
            && i + 1 < tokens.Count && IsNameWord(tokens[i + 1]))
        {
            return null;
        }

        if (Lexicon.NotNames.Contains(t.Lower) && !(Lexicon.SoftNotNames.Contains(t.Lower) && i + 1 < tokens.Count && IsNameWord(tokens[i + 1])
            && !Lexicon.NotNames.Contains(tokens[i + 1].Lower)))
        {
            return null;
        }

        var end = i + 1;
        while (end < tokens.Count)
        {
            var n = tokens[end];
            if (IsNameWord(n) && !Lexicon.IsWeekday(n.Lower, out _) && !(Lexicon.Months.Contains(n.Lower) && n.Lower.Length > 3))
            {
                end++;
                continue;
            }

            // "Bank of East Asia", "Industrial & Commercial Bank", "Commerce and Industry" — but not "Nio and Xpeng".
            if ((n.IsWord || n.IsPunct('&')) && Connectors.Contains(n.Lower) && end + 1 < tokens.Count && IsNameWord(tokens[end + 1])
                && (n.Lower != "and" || IsIndustryWord(tokens[end + 1])))
            {
                end += 2;
                continue;
            }

            // "Prosiebensat 1 Media AG", "Tata Cons. Prod".
            if (n.Kind == TokenKind.Number && n.Decimals == 0 && n.Value < 100 && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && !tokens[end + 1].IsAllCaps)
            {
                end += 2;
                continue;
            }

            if (n.IsPunct('.') && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]) && tokens[end + 1].Start == n.End + 1)
            {
                end += 2;
                continue;
            }

            // "Sainsbury's rose", "McDonald's fell": the possessive is the name itself.
            if (n.Lower == "'s" && end + 1 < tokens.Count && (tokens[end + 1].Has(WordFlags.Cue) || tokens[end + 1].Has(WordFlags.CuePhraseStart)
                || tokens[end + 1].Lower is "was" or "were" or "is" or "has" or "had" or "closed" or "ended" or "finished" or "shares"))
            {
                end++;
                break;
            }

            // "People's Bank of China" (possessive inside a name); "Sainsbury's," — but not "France's CAC 40".
            if (n.Lower == "'s" && end + 1 < tokens.Count && !tokens[end + 1].Has(WordFlags.CatalogStart)
                && ((IsNameWord(tokens[end + 1]) && !Lexicon.NotNames.Contains(tokens[end + 1].Lower)) || tokens[end + 1].Kind == TokenKind.Punct))
            {
                end++;
                if (tokens[end].Kind == TokenKind.Punct)
                {
                    break;
                }

                continue;
            }

            // "SK hynix added": a lower-case brand after a short code, straight before a move.
            if (n.IsWord && !n.IsCapitalized && tokens[end - 1].IsAllCaps && tokens[end - 1].Text.Length <= 3 && end + 1 < tokens.Count
                && IsCue(tokens[end + 1]) && !IsCue(n) && !Lexicon.NonMoveNouns.Contains(n.Lower) && n.Lower.Length > 2
                && !Lexicon.SectorHeads.Contains(n.Lower) && !FunctionWords.Contains(n.Lower) && !Lexicon.NotCompanies.Contains(tokens[end - 1].Lower)
                && !n.Has(WordFlags.CuePhraseStart) && !n.Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                end++;
                continue;
            }

            break;
        }

        // Trim leading sentence words that are never part of a name ("Notably Tencent" is handled by NotNames).
        var surface = MentionFinder.Surface(tokens, i, end);
        var lower = surface.ToLowerInvariant();
        if (lower.Length < 2)
        {
            return null;
        }

        // Places, people's titles and "a Saudi firm", "its botched Olympics contract" name no listed company,
        // but the whole run is still passed over.
        // "its botched Olympics contract" names no company; "its affiliate Kia gaining 0.3%" does.
        var nextWord = end < tokens.Count ? tokens[end] : Token.None;
        var nounFollows = nextWord.IsWord && !nextWord.IsCapitalized && !nextWord.Has(WordFlags.Cue) && !nextWord.Has(WordFlags.CuePhraseStart)
            && !nextWord.Lower.EndsWith("ed", StringComparison.Ordinal) && nextWord.Lower is not ("shares" or "stock" or "index");
        var possessed = (i > 0 && tokens[i - 1].Lower is "its" or "their" or "his" or "her")
            || (i > 1 && tokens[i - 2].Lower is "its" or "their" && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized);
        var notCompany = Lexicon.NotCompanies.Contains(lower)
            || (nextWord.IsWord && !nextWord.IsCapitalized && Descriptors.Contains(nextWord.Lower))
            || (possessed && nounFollows);

        // "Jakarta Composite Index", "Hang Seng Mainland Properties Index", "the Nifty IT index": an index the catalogue lacks.
        if (!notCompany && (tokens[end - 1].Lower == "index" || nextWord.Lower == "index"))
        {
            var indexEnd = tokens[end - 1].Lower == "index" ? end : end + 1;
            var name = MentionFinder.Surface(tokens, i, indexEnd);
            return new Mention { Kind = MentionKind.Index, Start = i, End = indexEnd, Surface = name, Key = "custom:" + name.ToLowerInvariant() };
        }
        // One capitalised word opening a sentence is only a name if a name's company follows it:
        // "Tencent slid", "Apple closed", "Xiaomi, the ..." — not "Relative humidity" or "Winds from".
        if (i == 0 && end == 1 && end < tokens.Count && !OpensSentenceAsName(tokens[end]))
        {
            notCompany = true;
        }

        var kind = Lexicon.Commodities.Contains(lower) ? MentionKind.Commodity : MentionKind.Stock;
        return new Mention { Kind = kind, Start = i, End = end, Surface = surface, IsModifier = notCompany && kind == MentionKind.Stock };
    }

    private static readonly HashSet<string> NameFollowers =
    [
        "shares", "stock", "was", "were", "is", "are", "has", "had", "have", "also", "which", "who", "closed", "ended", "finished",
        "traded", "opened", "led", "topped", "posted", "saw", "went", "came", "stood", "remained", "touched", "hit", "reached",
        "set", "made", "extended", "recorded", "registered", "notched", "bucked", "outperformed", "underperformed", "will", "said",
        "reported", "announced", "says", "and", "got", "swam", "held", "edged", "inched", "moved", "ticked", "gave", "put", "picked",
        "shot", "pulled", "sold", "lost", "kept", "continued", "hovered", "tracked", "trailed", "lagged",
    ];

    private static bool OpensSentenceAsName(Token next) =>
        next.Kind is TokenKind.Punct or TokenKind.Ticker or TokenKind.Number || NameFollowers.Contains(next.Lower)
        || next.Has(WordFlags.Cue) || next.Has(WordFlags.CuePhraseStart) || next.Lower == "'s"
        || (next.IsWord && !next.IsCapitalized && next.Lower.Length > 3 && next.Lower.EndsWith("ed", StringComparison.Ordinal));

    private static bool IsNameWord(Token t) =>
        (t.Kind == TokenKind.Word && (char.IsUpper(t.Text[0]) || (char.IsDigit(t.Text[0]) && t.Text.Any(char.IsUpper)))) && t.Lower != "'s";

    private static bool IsIndustryWord(Token t) => t.Lower is "industry" or "industrial" or "commercial" or "technology" or "co" or "company" or "clearing" or "services";

    private static bool IsCue(Token t) => t.IsWord && (Lexicon.UpWords.Contains(t.Lower) || Lexicon.DownWords.Contains(t.Lower));
}
