namespace Recaps.Functions.Local;

/// <summary>A file's size and last write time: when neither moved, the file is taken as unchanged (and finished).</summary>
internal readonly record struct FileStamp(long Length, DateTime LastWriteUtc)
{
    /// <summary>The file's stamp now; null when there is no such file.</summary>
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
    }
}
