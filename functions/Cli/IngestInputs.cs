using System.Diagnostics.CodeAnalysis;
using Recaps.Core.Ingest;

namespace Recaps.Functions.Cli;

/// <summary>
/// Expands the ingest command's paths: a file is one article named by its file name; a folder is every
/// <c>*.txt</c>, <c>*.md</c> and <c>*.html</c> under it, named by their path relative to it.
/// </summary>
internal static class IngestInputs
{
    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static bool TryExpand(IEnumerable<string> paths, DateTimeOffset? received, [NotNullWhen(true)] out List<IngestInput>? inputs, [NotNullWhen(false)] out string? error)
    {
        inputs = [];
        error = null;
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                inputs.Add(FromFile(new FileInfo(path), Path.GetFileName(path), received));
            }
            else if (Directory.Exists(path))
            {
                var root = new DirectoryInfo(path);
                var files = root.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive })
                    .Where(f => Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f.FullName, StringComparer.Ordinal);
                inputs.AddRange(files.Select(f => FromFile(f, Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), received)));
            }
            else
            {
                error = $"'{path}' does not exist";
                return false;
            }
        }
        return true;
    }

    // An oversize file is not read at all: the ingest service quarantines it by its length.
    private static IngestInput FromFile(FileInfo file, string source, DateTimeOffset? received) => new(source, file.FullName, async (limit, cancellationToken) =>
    {
        file.Refresh();
        var arrived = received ?? new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        if (file.Length > limit)
        {
            return new RecapDocument(source, ReadOnlyMemory<byte>.Empty, arrived) { Length = file.Length };
        }
        var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
        return new RecapDocument(source, bytes, arrived);
    });
}
