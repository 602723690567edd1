using Recaps.Core.Model;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Storage.Sessions;

public sealed class InstrumentNamesTests
{
    [Theory]
    [InlineData("Tencent Holdings Ltd.", "tencent")]
    [InlineData("Tencent", "tencent")]
    [InlineData("Contemporary Amperex Technology Co. Limited", "contemporary amperex technology")]
    [InlineData("Li-Ning", "li ning")]
    [InlineData("Macy's Inc", "macys")]
    [InlineData("AT&T", "at and t")]
    [InlineData("The Home Depot", "home depot")]
    [InlineData("Group", "group")]
    [InlineData("00700", "#700")]
    [InlineData("0700", "#700")]
    [InlineData("300750", "#300750")]
    [InlineData("000", "#0")]
    public void Normalize_CompanyNamesAndTickers_MatchAcrossSpellings(string name, string expected)
    {
        Assert.Equal(expected, InstrumentNames.Normalize(name));
    }

    [Theory]
    [InlineData(InstrumentKind.Index, "Hang Seng Index", "hsi")]
    [InlineData(InstrumentKind.Index, "HSI", "hsi")]
    [InlineData(InstrumentKind.Index, "csi 300", "csi300")]
    [InlineData(InstrumentKind.Sector, "Finance sub-index", "hs-finance")]
    [InlineData(InstrumentKind.Stock, "Hang Seng Index", null)]
    [InlineData(InstrumentKind.Index, "Some Unknown Index", null)]
    public void CatalogKey_IndexNames_UseTheBuiltInKeys(InstrumentKind kind, string name, string? expected)
    {
        Assert.Equal(expected, InstrumentNames.CatalogKey(kind, name));
    }

    [Theory]
    [InlineData("Zijin Mining Group", "zijin-mining")]
    [InlineData("Pop Mart International Group Ltd", "pop-mart-international")]
    [InlineData("/#?\\", "instrument-")]
    public void NewKey_AnyName_IsAReadableValidKey(string name, string expectedPrefix)
    {
        var key = InstrumentNames.NewKey(name);

        Assert.StartsWith(expectedPrefix, key, StringComparison.Ordinal);
        Assert.True(TableKeys.IsValid(key));
        Assert.DoesNotContain('|', key);
    }

    [Fact]
    public void NewKey_VeryLongName_IsCutToTheKeyLimit()
    {
        var key = InstrumentNames.NewKey(string.Join(' ', Enumerable.Repeat("Enormous", 50)));

        Assert.InRange(key.Length, 1, InstrumentNames.MaxKeyLength);
        Assert.False(key.EndsWith('-'));
    }
}
