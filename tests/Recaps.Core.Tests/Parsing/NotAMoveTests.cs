using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class NotAMoveTests
{
    private const string IndexSentence = "The Hang Seng Index rose 141 points, or 0.6%, to close at 23,654.";

    [Fact]
    public void Parse_TariffPercentage_IsNotAMove()
    {
        var text = IndexSentence + " The U.S. implemented a sharp 50% tariff on imported steel today, raising fears of retaliation.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
        session.None(m => m.HasFigure(50m));
    }

    [Fact]
    public void Parse_RaisedTargets_IsNotAMove()
    {
        var text = IndexSentence + " Morgan Stanley raised targets for major Chinese indexes.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
        session.None(m => m.Is("Morgan Stanley") || m.Evidence.Contains("raised targets", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TurnoverFigure_IsNotAMove()
    {
        var text = IndexSentence + " Turnover came to 64.20 billion HK dollars.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2015-08-14T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
        session.None(m => m.HasFigure(64.20m) || m.HasFigure(64_200_000_000m) || m.Evidence.Contains("Turnover", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EconomicStatistic_IsNotAMove()
    {
        var text = IndexSentence + " China's official PMI for April dropped to 49 from 50.5.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-04-30T18:00:00+08:00")).Session;

        Assert.Equal(0.6m, session.Single(m => m.Is("Hang Seng")).Figures.Pct);
        session.None(m => m.HasFigure(49m) || m.HasFigure(50.5m) || m.Evidence.Contains("PMI", StringComparison.Ordinal));
    }
}
