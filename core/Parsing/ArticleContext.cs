namespace Recaps.Core.Parsing;

/// <summary>What one sentence leaves for the next: the article's market, the last things named.</summary>
internal sealed class ArticleContext(string market, string homeCurrency)
{
    public string Market { get; } = market;
    public string HomeCurrency { get; } = homeCurrency;
    public string ContextMarket { get; set; } = market;
    public Mention? LastStock { get; set; }
    public Mention? LastIndex { get; set; }
    public Mention? PreviousSubject { get; set; }
    public int Order { get; set; }

    /// <summary>The session's weekday: a figure "on Monday" in a Wednesday recap is Monday's move.</summary>
    public DayOfWeek? SessionDay { get; init; }
}
