using System.Text;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Tests.Cli;

public sealed class RecapFileTests
{
    [Fact]
    public void TryRead_Utf8WithByteOrderMark_StripsTheMark()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bom.txt", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("Hang Seng — up")]);

        Assert.True(RecapFile.TryRead(new FileInfo(file), out var text, out _));
        Assert.Equal("Hang Seng — up", text);
    }

    [Fact]
    public void TryRead_InvalidUtf8_ReplacesBadBytes()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("bad.txt", [(byte)'a', 0xFF, (byte)'b']);

        Assert.True(RecapFile.TryRead(new FileInfo(file), out var text, out _));
        Assert.Equal("a\uFFFDb", text);
    }

    [Fact]
    public void TryRead_FileAtTheLimit_IsRead()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "limit.txt");
        using (var stream = File.Create(file))
        {
            stream.SetLength(RecapFile.MaxBytes);
        }

        Assert.True(RecapFile.TryRead(new FileInfo(file), out var text, out var error), error);
        Assert.Equal(RecapFile.MaxBytes, text.Length);
    }

    [Fact]
    public void TryRead_FileOverTheLimit_ReturnsReason()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "over.txt");
        using (var stream = File.Create(file))
        {
            stream.SetLength(RecapFile.MaxBytes + 1L);
        }

        Assert.False(RecapFile.TryRead(new FileInfo(file), out var text, out var error));
        Assert.Null(text);
        Assert.Equal($"'{file}' is over 64 MB, the most recaps reads", error);
    }

    [Fact]
    public void TryRead_MissingFile_ReturnsReason()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "missing", "nope.txt");

        Assert.False(RecapFile.TryRead(new FileInfo(file), out _, out var error));
        Assert.Equal($"'{file}' does not exist", error);
    }
}
