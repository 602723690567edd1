using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.BadInput;

public sealed class EmptyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\r\n\t  \n\u00a0")]
    public void Parse_EmptyOrWhitespace_ReturnsEmptyIssue(string text)
    {
        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00"));

        Assert.Equal(ParseIssue.Empty, result.Issue);
        Assert.Empty(result.Session.Moves);
    }
}
