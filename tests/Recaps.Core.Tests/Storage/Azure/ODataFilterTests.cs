using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage.Azure;

public sealed class ODataFilterTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", "'O''Brien'")]
    [InlineData("''", "''''''")]
    [InlineData("恒生 é 🚀", "'恒生 é 🚀'")]
    [InlineData("", "''")]
    public void Literal_Text_QuotesAndDoublesSingleQuotes(string value, string expected)
    {
        Assert.Equal(expected, ODataFilter.Literal(value));
    }

    [Fact]
    public void Equal_InjectionAttempt_StaysOneStringLiteral()
    {
        var filter = ODataFilter.Equal("PartitionKey", "x' or PartitionKey ne 'x");

        Assert.Equal("PartitionKey eq 'x'' or PartitionKey ne ''x'", filter);
    }

    [Fact]
    public void For_PartitionAndRange_JoinsConditionsWithAnd()
    {
        var query = new TableQuery { PartitionKey = "p'1", RowKeyFrom = "a", RowKeyBefore = "b" };

        Assert.Equal("PartitionKey eq 'p''1' and RowKey ge 'a' and RowKey lt 'b'", ODataFilter.For(query));
    }

    [Fact]
    public void For_EmptyQuery_IsNull()
    {
        Assert.Null(ODataFilter.For(new TableQuery()));
    }

    [Theory]
    [InlineData("Name eq 'x' or 1")]
    [InlineData("")]
    [InlineData("1abc")]
    public void Equal_PropertyNameNotAnIdentifier_Throws(string property)
    {
        Assert.Throws<ArgumentException>(() => ODataFilter.Equal(property, "v"));
    }
}
