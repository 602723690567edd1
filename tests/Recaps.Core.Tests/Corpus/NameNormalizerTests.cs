namespace Recaps.Core.Tests.Corpus;

public sealed class NameNormalizerTests
{
    [Fact]
    public void Norm_LeadingZeroTicker_StripsZeros()
    {
        Assert.Equal(NameNormalizer.Norm("700"), NameNormalizer.Norm("00700"));
        Assert.Equal("700", NameNormalizer.Norm(" 00700 "));
    }

    [Fact]
    public void Norm_AllZeroTicker_IsZero()
    {
        Assert.Equal("0", NameNormalizer.Norm("0000"));
    }

    [Fact]
    public void Norm_TickerWithSuffix_KeepsLeadingZeros()
    {
        // Only a bare number is a ticker value; "00700.HK" is a name like any other.
        Assert.Equal("00700 hk", NameNormalizer.Norm("00700.HK"));
    }

    [Fact]
    public void Norm_CompanySuffixes_AreDropped()
    {
        Assert.Equal("contemporary amperex technology", NameNormalizer.Norm("Contemporary Amperex Technology Co Ltd"));
        Assert.Equal("hang seng", NameNormalizer.Norm("The Hang Seng Index"));
        Assert.Equal("hsbc", NameNormalizer.Norm("HSBC Holdings plc"));
    }

    [Fact]
    public void Norm_SuffixInsideWord_IsKept()
    {
        Assert.Equal("coca cola", NameNormalizer.Norm("Coca-Cola Co"));
    }

    [Fact]
    public void Norm_Possessive_IsDropped()
    {
        Assert.Equal("sainsbury", NameNormalizer.Norm("Sainsbury's"));
        Assert.Equal("msci asia ex japan", NameNormalizer.Norm("MSCI’s Asia ex-Japan stock index"));
    }

    [Fact]
    public void Norm_Accents_FoldToAscii()
    {
        Assert.Equal("nestle", NameNormalizer.Norm("Nestlé"));
    }

    [Fact]
    public void Norm_AccentInsideWord_SplitsWordLikePython()
    {
        // NFKD leaves the accent as a combining mark, which norm() turns into a space.
        Assert.Equal("socie te ge ne rale", NameNormalizer.Norm("Société Générale"));
    }

    [Fact]
    public void Norm_FullwidthTicker_IsTickerValue()
    {
        Assert.Equal("700", NameNormalizer.Norm("００７００"));
    }

    [Fact]
    public void Norm_Ligature_IsSpelledOut()
    {
        Assert.Equal("finance", NameNormalizer.Norm("ﬁnance"));
    }

    [Fact]
    public void Norm_Null_IsEmpty()
    {
        Assert.Equal("", NameNormalizer.Norm(null));
    }

    [Fact]
    public void Names_NameAndAliases_AreAllNormalised()
    {
        var move = new ScoredMove { Name = "Tencent Holdings", Aliases = ["00700", "TENCENT"], Codes = ["0700.HK"] };

        var names = NameNormalizer.Names(move);

        Assert.Equal(["0700 hk", "700", "tencent"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Names_NameOfOnlySuffixes_FallsBackToLowerCaseName()
    {
        var move = new ScoredMove { Name = "H shares" };

        Assert.Equal(["h shares"], NameNormalizer.Names(move));
    }
}
