using System.Globalization;
using System.Text.Json;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Testing;

namespace Recaps.Benchmarks;

/// <summary>
/// The corpus articles (shared/corpus/dev and seeds) as documents to ingest, repeated to
/// <see cref="ArticleCount"/> under distinct names. Each article arrives when its gold file says
/// (<c>received</c>, else its date at 18:00 +08:00, as shared/tools/eval-corpus does). A repeated text under a
/// new name is a new article to the store: every repetition is a full ingest, parse and all.
/// </summary>
internal static class IngestCorpus
{
    public const int ArticleCount = 10_000;

    // eval-corpus lets `recaps ingest` fall back to the file's write time when the gold gives neither field;
    // a fixed time keeps the benchmark repeatable.
    private static readonly DateTimeOffset DefaultReceived = new(2025, 6, 1, 18, 0, 0, TimeSpan.FromHours(8));
    private static readonly string[] Folders = ["dev", "seeds"];
    private static readonly Lazy<IReadOnlyList<RecapDocument>> LazyOriginals = new(LoadOriginals);
    private static readonly Lazy<IReadOnlyList<RecapDocument>> LazyDocuments = new(() => Repeat(LazyOriginals.Value, ArticleCount));
    private static readonly Lazy<long> LazyMoves = new(CountMoves);

    /// <summary>The corpus repeated to <see cref="ArticleCount"/> documents, named <c>rNNNN/file.txt</c>.</summary>
    public static IReadOnlyList<RecapDocument> Documents => LazyDocuments.Value;

    /// <summary>Moves an ingest of every document stores (quarantined articles store none).</summary>
    public static long Moves => LazyMoves.Value;

    private static List<RecapDocument> LoadOriginals()
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
        return [.. files.Select(file => new RecapDocument(Path.GetFileName(file), File.ReadAllBytes(file), Received(Path.ChangeExtension(file, ".json"))))];
    }

    private static DateTimeOffset Received(string goldPath)
    {
        if (!File.Exists(goldPath))
        {
            return DefaultReceived;
        }
        using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
        var root = gold.RootElement;
        if (root.TryGetProperty("received", out var received) && received.ValueKind == JsonValueKind.String)
        {
            return DateTimeOffset.Parse(received.GetString()!, CultureInfo.InvariantCulture);
        }
        if (root.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String)
        {
            return DateTimeOffset.Parse(date.GetString() + "T18:00:00+08:00", CultureInfo.InvariantCulture);
        }
        return DefaultReceived;
    }

    private static List<RecapDocument> Repeat(IReadOnlyList<RecapDocument> originals, int count) =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var original = originals[i % originals.Count];
            return original with { Source = $"r{i / originals.Count:D4}/{original.Source}" };
        })];

    // What the ingestor will store, from the same parse it does; the benchmarks check their totals against it.
    private static long CountMoves()
    {
        var parser = new RecapParser();
        var perOriginal = LazyOriginals.Value.ToDictionary(
            d => d.Source,
            d => parser.Parse(RecapText.Decode(d.Content.Span), d.Received) is { Issue: null } result ? result.Session.Moves.Count : 0,
            StringComparer.Ordinal);
        return Documents.Sum(d => (long)perOriginal[d.Source[(d.Source.IndexOf('/', StringComparison.Ordinal) + 1)..]]);
    }
}
