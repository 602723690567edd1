using System.Text;

namespace Recaps.Core.Ingest;

/// <summary>Article bytes as text: UTF-8, byte order mark stripped, invalid bytes replaced (the parser spots binary).</summary>
public static class RecapText
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
    }
}
