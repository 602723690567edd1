using System.Diagnostics.CodeAnalysis;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Blobs;

namespace Recaps.Functions.Cli;

/// <summary>
/// Expands the ingest command's paths: a file is one article named by its file name; a folder is every
/// <c>*.txt</c>, <c>*.md</c> and <c>*.html</c> under it, named by their path relative to it; <c>blob:CONTAINER</c>
/// or <c>blob:CONTAINER/PREFIX</c> is every blob there (with --storage).
/// </summary>
internal static class IngestInputs
{
    public const string BlobScheme = "blob:";

    private static readonly string[] Extensions = [".txt", ".md", ".html", ".htm"];

    public static bool TryExpand(
        IEnumerable<string> paths, DateTimeOffset? received, bool hasBlobStorage,
        [NotNullWhen(true)] out List<IngestInput>? files, [NotNullWhen(true)] out List<(string Container, string Prefix)>? blobs, [NotNullWhen(false)] out string? error)
    {
        files = [];
        blobs = [];
        error = null;
        foreach (var path in paths)
        {
            if (path.StartsWith(BlobScheme, StringComparison.OrdinalIgnoreCase))
            {
                var spec = path[BlobScheme.Length..];
                var slash = spec.IndexOf('/', StringComparison.Ordinal);
                var container = slash < 0 ? spec : spec[..slash];
                if (!hasBlobStorage || container.Length == 0)
                {
                    error = hasBlobStorage ? $"'{path}' names no container (blob:recaps or blob:recaps/PREFIX)" : $"'{path}' needs --storage";
                    return false;
                }
                blobs.Add((container, slash < 0 ? "" : spec[(slash + 1)..]));
            }
            else if (File.Exists(path))
            {
                files.Add(FromFile(new FileInfo(path), Path.GetFileName(path), received));
            }
            else if (Directory.Exists(path))
            {
                var root = new DirectoryInfo(path);
                var found = root.EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase))
                    .OrderBy(f => f.FullName, StringComparer.Ordinal);
                files.AddRange(found.Select(f => FromFile(f, Path.GetRelativePath(root.FullName, f.FullName).Replace('\\', '/'), received)));
            }
            else
            {
                error = $"'{path}' does not exist";
                return false;
            }
        }
        return true;
    }

    /// <summary>Every blob under the prefix, each ingested unless the store already has it at its current ETag.</summary>
    public static async Task<List<IngestInput>> ListAsync(IBlobContainer container, string prefix, CancellationToken cancellationToken)
    {
        var inputs = new List<IngestInput>();
        await foreach (var item in container.ListAsync(prefix, cancellationToken).ConfigureAwait(false))
        {
            inputs.Add(new IngestInput(item.Name, (context, token) =>
                new BlobIngestor(context.Ingestor, context.Store, container, context.Limits).IngestIfChangedAsync(item, token)));
        }
        return inputs;
    }

    // An oversize file is not read at all: the ingest service quarantines it by its length. With --storage the
    // file is uploaded to the recaps container first, so the pipeline's sweep finds it already ingested.
    private static IngestInput FromFile(FileInfo file, string source, DateTimeOffset? received) => new(source, async (context, cancellationToken) =>
    {
        file.Refresh();
        var arrived = received ?? new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero);
        var document = file.Length > context.Limits.MaxArticleBytes
            ? new RecapDocument(source, ReadOnlyMemory<byte>.Empty, arrived) { Length = file.Length }
            : new RecapDocument(source, await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false), arrived);
        return context.Uploads is null
            ? await context.Ingestor.IngestAsync(document, cancellationToken).ConfigureAwait(false)
            : await context.Uploads.UploadAndIngestAsync(document, ContentType(file.Extension), cancellationToken).ConfigureAwait(false);
    });

    private static string ContentType(string extension) => extension.ToLowerInvariant() switch
    {
        ".md" => "text/markdown; charset=utf-8",
        ".html" or ".htm" => "text/html; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
