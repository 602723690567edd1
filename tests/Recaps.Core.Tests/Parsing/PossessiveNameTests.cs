using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class PossessiveNameTests
{
    [Fact]
    public void Parse_PossessiveBeforeShares_IsTheCompany()
    {
        var text = "Nvidia's shares rose 3%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00-04:00")).Session;

        var nvidia = session.Single(m => m.Is("Nvidia"));
        Assert.Equal(InstrumentKind.Stock, nvidia.Kind);
        Assert.Equal(3m, nvidia.Figures.Pct);
    }

    [Fact]
    public void Parse_NameEndingInApostropheS_IsTheCompany()
    {
        var text = "Sainsbury's rose 3%.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00+01:00")).Session;

        var sainsbury = session.Single(m => m.NameContains("Sainsbury"));
        Assert.Equal(InstrumentKind.Stock, sainsbury.Kind);
        Assert.Equal(Direction.Up, sainsbury.Direction);
        Assert.Equal(3m, sainsbury.Figures.Pct);
    }

    [Fact]
    public void Parse_NameEndingInApostropheSWithPrice_ReadsPercentAndPrice()
    {
        var text = "McDonald's fell 2% to $250.10.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T17:00:00-04:00")).Session;

        var mcdonalds = session.Single(m => m.NameContains("McDonald"));
        Assert.Equal(InstrumentKind.Stock, mcdonalds.Kind);
        Assert.Equal(-2m, mcdonalds.Figures.Pct);
        Assert.Equal(250.10m, mcdonalds.Figures.Price);
    }
}
