using Recaps.Bot.Cards;

namespace Recaps.Bot.Tests.Cards;

public sealed class CardMarkdownTests
{
    [Fact]
    public void Escape_EmphasisLinkAndHtml_BecomeLiteral()
    {
        Assert.Equal(@"\*bold\* \[link\](http://x) \<b\>", CardMarkdown.Escape("*bold* [link](http://x) <b>"));
    }

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("# heading", @"\# heading")]
    [InlineData("1. first\n 2) second", "1\\. first\n 2\\) second")]
    [InlineData("a\\b_c", @"a\\b\_c")]
    [InlineData("2025. A year", @"2025\. A year")]
    public void Escape_LineStartMarkersAndSpecials_AreEscaped(string text, string expected)
    {
        Assert.Equal(expected, CardMarkdown.Escape(text));
    }

    [Theory]
    [InlineData("+9%")]
    [InlineData("-0.76%")]
    [InlineData("23,827.79")]
    [InlineData("Contemporary Amperex Technology Co Ltd (CATL): +9%, at HKD 263")]
    public void Escape_FiguresAndPlainText_AreLeftAlone(string text)
    {
        Assert.Equal(text, CardMarkdown.Escape(text));
    }
}
