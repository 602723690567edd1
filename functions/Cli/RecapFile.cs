using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Recaps.Functions.Cli;

/// <summary>
/// Reads a recap file as UTF-8 text (byte order mark stripped, invalid bytes replaced), refusing
/// anything over <see cref="MaxBytes"/> without loading it. Failures come back as a one-line reason.
/// </summary>
internal static class RecapFile
{
    public const int MaxBytes = 64 * 1024 * 1024;

    public static bool TryRead(FileInfo file, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? error)
    {
        text = null;
        if (!TryReadBytes(file, out var bytes, out error))
        {
            return false;
        }
        text = Decode(bytes);
        return true;
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = Encoding.UTF8.Preamble;
        return Encoding.UTF8.GetString(bytes.StartsWith(bom) ? bytes[bom.Length..] : bytes);
    }

    private static bool TryReadBytes(FileInfo file, [NotNullWhen(true)] out byte[]? bytes, [NotNullWhen(false)] out string? error)
    {
        bytes = null;
        error = null;
        try
        {
            if (Directory.Exists(file.FullName))
            {
                error = $"'{file}' is a directory, not a file";
                return false;
            }
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
            bytes = ReadAtMost(stream, MaxBytes);
            error = bytes is null ? $"'{file}' is over {MaxBytes / (1024 * 1024)} MB, the most recaps reads" : null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"'{file}' does not exist";
        }
        catch (UnauthorizedAccessException)
        {
            error = $"'{file}' cannot be read: permission denied";
        }
        catch (IOException ex)
        {
            error = $"'{file}' cannot be read: {ex.Message.ReplaceLineEndings(" ")}";
        }
        return bytes is not null;
    }

    // Checks the length up front where the file has one, and still stops at the limit for pipes
    // and for files that grow while being read.
    private static byte[]? ReadAtMost(FileStream stream, int limit)
    {
        if (stream.CanSeek && stream.Length > limit)
        {
            return null;
        }
        using var buffer = new MemoryStream(stream.CanSeek ? (int)stream.Length : 0);
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
