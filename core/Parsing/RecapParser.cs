using Recaps.Core.Model;

namespace Recaps.Core.Parsing;

/// <summary>Reads a market recap article into a <see cref="MarketSession"/>.</summary>
public sealed class RecapParser
{
    private readonly TimeZoneInfo utc = TimeZoneInfo.Utc;

    public ParseResult Parse(string text, DateTimeOffset received)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Work in progress: the real implementation is being written now.
        var session = new MarketSession { Date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(received, utc).Date), DateBasis = DateBasis.Received, Market = "HK" };
        return new ParseResult(session, ParseIssue.NoMarketData);
    }
}
