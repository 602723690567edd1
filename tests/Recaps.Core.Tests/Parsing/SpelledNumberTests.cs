using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.Parsing;

public sealed class SpelledNumberTests
{
    [Fact]
    public void Parse_PercentInWords_ReadsTheNumber()
    {
        var text = "Samsung Electronics rose three percent.";

        var session = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T16:00:00+09:00")).Session;

        Assert.Equal(3m, session.Single(m => m.Is("Samsung Electronics")).Figures.Pct);
    }
}
