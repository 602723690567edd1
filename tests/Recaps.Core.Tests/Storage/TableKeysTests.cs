using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage;

public sealed class TableKeysTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("100%", "100%25")]
    [InlineData("q?#\\", "q%3F%23%5C")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("恒生", "恒生")]
    public void Escape_ForbiddenCharacters_BecomePercentEscapes(string text, string expected)
    {
        Assert.Equal(expected, TableKeys.Escape(text));
    }

    [Fact]
    public void Escape_DistinctTexts_GiveDistinctKeys()
    {
        Assert.NotEqual(TableKeys.Escape("a/b"), TableKeys.Escape("a%2Fb"));
    }

    [Fact]
    public void Escape_TextOverTheLimit_IsCutWithAHashAndStaysDistinct()
    {
        var a = TableKeys.Escape(new string('/', 400) + "a");
        var b = TableKeys.Escape(new string('/', 400) + "b");

        Assert.True(TableKeys.IsValid(a));
        Assert.InRange(a.Length, 1, TableKeys.MaxKeyLength);
        Assert.NotEqual(a, b);
    }

    [Theory]
    [InlineData("Moves")]
    [InlineData("t123")]
    public void ValidateTableName_GoodNames_Pass(string name) => TableKeys.ValidateTableName(name);

    [Theory]
    [InlineData("ab")]
    [InlineData("1abc")]
    [InlineData("has-dash")]
    [InlineData("\"; DROP TABLE x; --")]
    public void ValidateTableName_BadNames_Throw(string name) => Assert.Throws<ArgumentException>(() => TableKeys.ValidateTableName(name));

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("Timestamp")]
    [InlineData("has space")]
    [InlineData("9lives")]
    [InlineData("")]
    public void Indexer_ReservedOrInvalidPropertyName_Throws(string name)
    {
        var entity = new TableEntity("p", "r");

        Assert.ThrowsAny<ArgumentException>(() => entity[name] = "x");
    }

    [Fact]
    public void Indexer_UnsupportedValueType_Throws()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["Amount"] = 1.5m);
    }
}
