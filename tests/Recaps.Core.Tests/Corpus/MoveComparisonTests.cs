namespace Recaps.Core.Tests.Corpus;

public sealed class MoveComparisonTests
{
    [Fact]
    public void SameInstrument_SectorStems_InstrumentsMatchesInstrumentMakers()
    {
        var gold = new ScoredMove { Kind = "sector", Name = "Instruments" };
        var predicted = new ScoredMove { Kind = "sector", Name = "instrument makers" };

        Assert.True(MoveComparison.SameInstrument(gold, predicted));
    }

    [Fact]
    public void SameInstrument_SectorStemSubset_MatchesEitherWay()
    {
        var gold = new ScoredMove { Kind = "sector", Name = "Healthcare index" };
        var predicted = new ScoredMove { Kind = "sector", Name = "Hang Seng Healthcare Index" };

        Assert.True(MoveComparison.SameInstrument(gold, predicted));
    }

    [Fact]
    public void SameInstrument_StocksSharingWords_DoNotMatch()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Hang Seng Bank" };
        var predicted = new ScoredMove { Kind = "stock", Name = "Hang Seng Bank Holdings Group", Aliases = ["Bank"] };
        var other = new ScoredMove { Kind = "stock", Name = "Hang Seng" };

        Assert.True(MoveComparison.SameInstrument(gold, predicted));
        Assert.False(MoveComparison.SameInstrument(gold, other));
    }

    [Fact]
    public void SameInstrument_AliasTicker_MatchesWithoutLeadingZeros()
    {
        var gold = new ScoredMove { Kind = "stock", Name = "Hang Seng Bank", Aliases = ["00011"] };
        var predicted = new ScoredMove { Kind = "stock", Name = "HSB", Aliases = ["11"] };

        Assert.True(MoveComparison.SameInstrument(gold, predicted));
    }

    [Theory]
    [InlineData("SH", "CN", true)]
    [InlineData("SSE", "SH", true)]
    [InlineData("shanghai", "SZ", false)]
    [InlineData("SH", "SZ", false)]
    [InlineData("LSE", "UK", true)]
    [InlineData("NSE", "BSE", false)]
    [InlineData("NSE", "IN", true)]
    [InlineData("ASX", "AU", true)]
    [InlineData("HK", "US", false)]
    [InlineData("HK", null, true)]
    [InlineData(null, "SZ", true)]
    [InlineData("OTC", "otc", true)]
    public void VenueOk_VenuePair_FollowsVenueTable(string? gold, string? predicted, bool expected)
    {
        var g = new ScoredMove { Kind = "stock", Name = "X", Venue = gold };
        var p = new ScoredMove { Kind = "stock", Name = "X", Venue = predicted };

        Assert.Equal(expected, MoveComparison.VenueOk(g, p));
    }

    [Theory]
    [InlineData("index", "sector", true)]
    [InlineData("sector", "Index", true)]
    [InlineData("stock", "stock", true)]
    [InlineData("stock", "index", false)]
    [InlineData("commodity", "sector", false)]
    public void KindOk_KindPair_IndexAndSectorInterchange(string gold, string predicted, bool expected)
    {
        Assert.Equal(expected, MoveComparison.KindOk(new ScoredMove { Kind = gold }, new ScoredMove { Kind = predicted }));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData(" Today ", null)]
    [InlineData("session", null)]
    [InlineData("Week", "week")]
    [InlineData("previous-day", "previous-day")]
    public void Period_Label_SessionSynonymsAreNone(string? period, string? expected)
    {
        Assert.Equal(expected, MoveComparison.Period(new ScoredMove { Period = period }));
    }

    [Theory]
    [InlineData("Up", null, "up")]
    [InlineData("mixed", null, "")]
    [InlineData(null, -0.5, "down")]
    [InlineData("mixed", 0.5, "up")]
    [InlineData(null, 0.0, "flat")]
    [InlineData(null, null, "")]
    public void Direction_LabelOrPctSign_GivesDirection(string? direction, double? pct, string expected)
    {
        Assert.Equal(expected, MoveComparison.Direction(new ScoredMove { Direction = direction, Pct = pct }));
    }
}
