using Recaps.Core.Parsing;

namespace Recaps.Core.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Parse_EmptyText_ReturnsIssue()
    {
        var result = new RecapParser().Parse("", DateTimeOffset.Parse("2025-05-21T18:00:00+08:00"));
        Assert.NotNull(result.Issue);
    }
}
