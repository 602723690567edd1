namespace Recaps.Benchmarks;

/// <summary>What a store occupies on disk.</summary>
internal static class StoreFiles
{
    /// <summary>Bytes of every file in the store's folder (recaps.db, its WAL and shared-memory files).</summary>
    public static long Size(string folder) =>
        Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Sum(file => file.Length) : 0;

    public static string Megabytes(long bytes) => $"{bytes / 1e6:#,0.0} MB";
}
