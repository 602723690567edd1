using System.Text;
using Recaps.Testing;

namespace Recaps.Benchmarks;

/// <summary>
/// The texts the benchmarks parse: every article of shared/corpus/dev and shared/corpus/seeds, and one
/// large document made by repeating them to at least <see cref="LargeDocumentMinBytes"/> of UTF-8.
/// shared/ lies beside the repository: found by walking up to Serverless.sln, then ../shared/corpus.
/// </summary>
public static class BenchmarkCorpus
{
    public const int LargeDocumentMinBytes = 1_000_000;

    private static readonly string[] Folders = ["dev", "seeds"];
    private static readonly Lazy<IReadOnlyList<string>> LazyArticles = new(LoadArticles);
    private static readonly Lazy<string> LazyLargeDocument = new(BuildLargeDocument);

    public static IReadOnlyList<string> Articles => LazyArticles.Value;

    public static string LargeDocument => LazyLargeDocument.Value;

    public static int LargeDocumentBytes => Encoding.UTF8.GetByteCount(LargeDocument);

    private static List<string> LoadArticles()
    {
        var corpus = Path.Combine(RepositoryRoot.Path, "..", "shared", "corpus");
        var files = Folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(corpus, folder), "*.txt"))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no articles (*.txt) under {Path.GetFullPath(corpus)}/dev or /seeds");
        }
        return [.. files.Select(File.ReadAllText)];
    }

    private static string BuildLargeDocument()
    {
        var corpus = string.Concat(Articles.Select(article => article + "\n\n"));
        var corpusBytes = Encoding.UTF8.GetByteCount(corpus);
        var repeats = (LargeDocumentMinBytes + corpusBytes - 1) / corpusBytes;
        return string.Concat(Enumerable.Repeat(corpus, repeats));
    }
}
