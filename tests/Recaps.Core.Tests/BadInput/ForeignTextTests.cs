using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.BadInput;

public sealed class ForeignTextTests
{
    [Fact]
    public void Parse_HtmlPageWithRecapInsideTags_ReturnsWithoutTextIssue()
    {
        // Moves are optional here; the page must not crash the parser or be mistaken for empty or binary input.
        var text = "<!DOCTYPE html><html><head><title>HK stocks</title><script>var q = {\"hsi\": 23654, \"pct\": 0.6};</script>"
            + "<style>p { margin: 0 }</style></head><body><nav><a href=\"/\">Home</a> | <a href=\"/markets\">Markets</a></nav>"
            + "<div class=\"article\"><p>The Hang Seng Index rose <b>141 points</b>, or 0.6%, to close at 23,654 on Wednesday.</p>"
            + "<p>Meituan advanced 2.9% amid&nbsp;recovery in food delivery demand.</p></div><footer>&copy; 2025</footer></body></html>";

        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00"));

        Assert.NotEqual(ParseIssue.Empty, result.Issue);
        Assert.NotEqual(ParseIssue.Binary, result.Issue);
    }

    [Fact]
    public void Parse_ChineseLanguageRecap_ReturnsNoMarketData()
    {
        var text = "香港股市周三收高，恒生指数上涨141点，涨幅0.6%，收于23654点。医疗保健股领涨，信达生物大涨13.8%。";

        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00"));

        Assert.Equal(ParseIssue.NoMarketData, result.Issue);
        Assert.Empty(result.Session.Moves);
    }

    [Fact]
    public void Parse_WeatherReport_ReturnsNoMarketData()
    {
        var text = "The Hong Kong Observatory said temperatures will rise to 33 degrees on Wednesday, up 2 degrees from Tuesday. "
            + "Relative humidity will range between 70 and 95 per cent, and the chance of showers rose to 40% for the weekend. "
            + "Winds from the southwest will strengthen to force 4 offshore.";

        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00"));

        Assert.Equal(ParseIssue.NoMarketData, result.Issue);
        Assert.Empty(result.Session.Moves);
    }
}
