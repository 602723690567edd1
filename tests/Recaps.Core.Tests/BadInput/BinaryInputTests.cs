using System.Text;
using Recaps.Core.Parsing;

namespace Recaps.Core.Tests.BadInput;

public sealed class BinaryInputTests
{
    [Fact]
    public void Parse_RandomBytesDecodedAsLatin1_ReturnsBinaryIssue()
    {
        var bytes = new byte[4096];
        new Random(20250521).NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);

        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-05-21T18:00:00+08:00"));

        Assert.Equal(ParseIssue.Binary, result.Issue);
        Assert.Empty(result.Session.Moves);
    }

    [Fact]
    public void Parse_ZipArchiveWithNulsAroundRecapText_ReturnsBinaryIssue()
    {
        // A zip entry header, a stored recap sentence, then NUL padding: text inside, but not a text file.
        var text = "PK\u0003\u0004\u0014\0\0\0\b\0\u00a5\u007f\u0019\0\0\0recap.txt\0"
            + "The Hang Seng Index rose 141 points, or 0.6%, to close at 23,654."
            + new string('\0', 256) + "PK\u0001\u0002\u0014\0\u0014\0\0\0\b\0";

        var result = new RecapParser().Parse(text, DateTimeOffset.Parse("2025-06-04T18:00:00+08:00"));

        Assert.Equal(ParseIssue.Binary, result.Issue);
        Assert.Empty(result.Session.Moves);
    }
}
