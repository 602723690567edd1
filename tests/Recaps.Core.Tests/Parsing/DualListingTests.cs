using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class DualListingTests
{
    [Fact]
    public void Parse_OneStockTwoVenues_GivesOneMovePerVenue()
    {
        var text = "Gold prices touched a one-week high, prompting renewed interest in mining shares. "
            + "Zijin Mining was among the top performers, rising 7.5% in Hong Kong and 5.9% on the SSE.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var hongKong = session.Single(m => m.Is("Zijin Mining") && m.Venue == "HK");
        var shanghai = session.Single(m => m.Is("Zijin Mining") && m.Venue == "SH");
        Assert.Equal(Direction.Up, hongKong.Direction);
        Assert.Equal(7.5m, hongKong.Figures.Pct);
        Assert.Equal(Direction.Up, shanghai.Direction);
        Assert.Equal(5.9m, shanghai.Figures.Pct);
        Assert.Equal(2, session.Moves.Count(m => m.Is("Zijin Mining")));
    }

    [Fact]
    public void Parse_OnshoreSharesByPronoun_BelongToTheCompanyNamedBefore()
    {
        var text = "In the EV sector, battery manufacturer Contemporary Amperex Technology Co Ltd (CATL) extended its momentum "
            + "from Tuesday's strong debut, rallying another 9% in Hong Kong trading on Wednesday. "
            + "Meanwhile, its onshore shares on the Shenzhen Stock Exchange jumped 10.2%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00")).Session;

        var shenzhen = session.Single(m => m.Is("CATL") && m.Venue == "SZ");
        Assert.True(shenzhen.Is("Contemporary Amperex Technology"), MoveText.Describe(shenzhen));
        Assert.Equal(Direction.Up, shenzhen.Direction);
        Assert.Equal(10.2m, shenzhen.Figures.Pct);
        var hongKong = session.Single(m => m.Is("CATL") && m.Venue == "HK" && m.Period == null);
        Assert.Equal(9m, hongKong.Figures.Pct);
    }
}
