using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class VerbTests
{
    [Theory]
    [InlineData("Tencent bounced 2%.", 2)]
    [InlineData("Tencent tacked on 2%.", 2)]
    [InlineData("Tencent dived 4%.", -4)]
    [InlineData("Tencent recouped 2%.", 2)]
    [InlineData("Tencent booked a 2% gain.", 2)]
    public void Parse_MoveVerb_GivesOneSignedMove(string text, int pct)
    {
        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00")).Session;

        var tencent = session.Single(m => m.Is("Tencent"));
        Assert.Equal(pct > 0 ? Direction.Up : Direction.Down, tencent.Direction);
        Assert.Equal((decimal)pct, tencent.Figures.Pct);
    }

    [Fact]
    public void Parse_LittleChangedAtLevel_IsFlatWithLevel()
    {
        var text = "The FTSE 100 was little changed at 7,680.2.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+01:00")).Session;

        var ftse = session.Single(m => m.Is("FTSE 100"));
        Assert.Equal(Direction.Flat, ftse.Direction);
        Assert.Equal(7680.2m, ftse.Figures.Level);
    }

    [Fact]
    public void Parse_ClosedUnchangedAtLevel_IsFlatWithLevel()
    {
        var text = "The Topix closed unchanged at 2,700.5.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        var topix = session.Single(m => m.Is("Topix"));
        Assert.Equal(Direction.Flat, topix.Direction);
        Assert.Equal(2700.5m, topix.Figures.Level);
    }
}
