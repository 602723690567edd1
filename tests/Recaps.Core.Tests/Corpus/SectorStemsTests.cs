namespace Recaps.Core.Tests.Corpus;

public sealed class SectorStemsTests
{
    [Theory]
    [InlineData("properties", "property")]
    [InlineData("utilities", "utility")]
    [InlineData("utilties", "utility")]
    [InlineData("banks", "bank")]
    [InlineData("chipmakers", "chip")]
    [InlineData("semiconductors", "chip")]
    [InlineData("glass", "glass")]
    [InlineData("gas", "gas")]
    public void Stem_Word_SingularThenSynonym(string word, string expected)
    {
        Assert.Equal(expected, SectorStems.Stem(word));
    }

    [Fact]
    public void Of_SubIndexName_DropsFillerWords()
    {
        Assert.Equal(["property"], SectorStems.Of("Properties sub-index"));
    }

    [Fact]
    public void Of_OnlyFiller_IsEmpty()
    {
        Assert.Empty(SectorStems.Of("sector stocks"));
    }
}
