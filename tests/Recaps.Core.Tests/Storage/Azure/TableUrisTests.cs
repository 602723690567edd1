using Recaps.Core.Storage.Azure;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class TableUrisTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("O'Brien", "O%27%27Brien")]
    [InlineData("a b", "a%20b")]
    [InlineData("恒生", "%E6%81%92%E7%94%9F")]
    [InlineData("100%&+=;,()", "100%25%26%2B%3D%3B%2C%28%29")]
    public void EscapeKey_Text_DoublesQuotesThenPercentEncodes(string key, string expected)
    {
        Assert.Equal(expected, TableUris.EscapeKey(key));
    }

    [Fact]
    public void EntityPath_Keys_AreQuotedInsideTheAddress()
    {
        Assert.Equal("Moves(PartitionKey='a%27%27b',RowKey='')", TableUris.EntityPath("Moves", "a'b", ""));
    }

    [Theory]
    [InlineData("p", "r")]
    [InlineData("1!8!cGs-", null)]
    [InlineData(null, "1!12!cm93LTAwMQ--")]
    public void ContinuationToken_RoundTrips(string? partition, string? row)
    {
        var token = TableContinuation.ToToken(partition, row);

        Assert.NotNull(token);
        Assert.Equal((partition, row), TableContinuation.FromToken(token));
    }

    [Fact]
    public void ContinuationToken_NoHeaders_IsNull()
    {
        Assert.Null(TableContinuation.ToToken(null, null));
    }

    [Fact]
    public void ContinuationToken_Forged_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => TableContinuation.FromToken("not a token!"));
    }
}
