namespace Recaps.Core.Questions.Dates;

/// <summary>The words date expressions are made of, lower case.</summary>
internal static class DateWords
{
    private static readonly Dictionary<string, (int Month, bool Short)> Months = new(StringComparer.Ordinal)
    {
        ["january"] = (1, false), ["jan"] = (1, true), ["february"] = (2, false), ["feb"] = (2, true),
        ["march"] = (3, false), ["mar"] = (3, true), ["april"] = (4, false), ["apr"] = (4, true), ["may"] = (5, false),
        ["june"] = (6, false), ["jun"] = (6, true), ["july"] = (7, false), ["jul"] = (7, true),
        ["august"] = (8, false), ["aug"] = (8, true), ["september"] = (9, false), ["sep"] = (9, true), ["sept"] = (9, true),
        ["october"] = (10, false), ["oct"] = (10, true), ["november"] = (11, false), ["nov"] = (11, true),
        ["december"] = (12, false), ["dec"] = (12, true),
    };

    private static readonly Dictionary<string, (DayOfWeek Day, bool Short)> Weekdays = new(StringComparer.Ordinal)
    {
        ["monday"] = (DayOfWeek.Monday, false), ["mon"] = (DayOfWeek.Monday, true),
        ["tuesday"] = (DayOfWeek.Tuesday, false), ["tue"] = (DayOfWeek.Tuesday, true), ["tues"] = (DayOfWeek.Tuesday, true),
        ["wednesday"] = (DayOfWeek.Wednesday, false), ["wed"] = (DayOfWeek.Wednesday, true),
        ["thursday"] = (DayOfWeek.Thursday, false), ["thu"] = (DayOfWeek.Thursday, true),
        ["thur"] = (DayOfWeek.Thursday, true), ["thurs"] = (DayOfWeek.Thursday, true),
        ["friday"] = (DayOfWeek.Friday, false), ["fri"] = (DayOfWeek.Friday, true),
        ["saturday"] = (DayOfWeek.Saturday, false), ["sat"] = (DayOfWeek.Saturday, true),
        ["sunday"] = (DayOfWeek.Sunday, false), ["sun"] = (DayOfWeek.Sunday, true),
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    // Abbreviations that are everyday words or name parts: "Sun Hung Kai", "sat flat", "C'mon".
    private static readonly HashSet<string> Ambiguous = new(StringComparer.Ordinal) { "sun", "sat", "mon" };

    // A number followed by one of these is an amount, not a day: "may 5 percent".
    private static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "percent", "pct", "per", "points", "point", "pts", "bps", "basis", "times", "x",
    };

    private static readonly HashSet<string> TimesOfDay = new(StringComparer.Ordinal) { "morning", "afternoon", "evening", "night" };

    /// <summary>Words that may lead into a date and belong to its span: "on Wednesday", "in March 2008".</summary>
    private static readonly HashSet<string> Leads = new(StringComparer.Ordinal) { "on", "in", "during", "for", "over" };

    /// <summary>Words that make a bare month name a date: "in May", not "may fall".</summary>
    private static readonly HashSet<string> MonthLeads = new(StringComparer.Ordinal) { "in", "during", "for" };

    public static (int Month, bool Short)? Month(string word) => Months.TryGetValue(word, out var m) ? m : null;

    public static (DayOfWeek Day, bool Short)? Weekday(string word) => Weekdays.TryGetValue(word, out var d) ? d : null;

    public static int? Count(string word) => Counts.TryGetValue(word, out var n) ? n : null;

    public static bool IsAmbiguous(string word) => Ambiguous.Contains(word);

    public static bool IsUnit(string word) => Units.Contains(word);

    public static bool IsTimeOfDay(string word) => TimesOfDay.Contains(word);

    public static bool IsLead(string word) => Leads.Contains(word);

    public static bool IsMonthLead(string word) => MonthLeads.Contains(word);
}
