using System.Text.Json;

namespace Recaps.Core.Tests.Corpus;

/// <summary>Reads the corpus: the article ids of a split, and one article's gold JSON.</summary>
internal static class GoldReader
{
    // score.py also names an instrument by these optional keys.
    private static readonly string[] CodeKeys = ["ticker", "symbol", "code"];

    /// <summary>The ids in a split folder ("seeds", "dev"): every &lt;id&gt;.json, sorted as score.py sorts them.</summary>
    public static IReadOnlyList<string> Ids(string split) =>
        System.IO.Directory.GetFiles(Folder(split), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static GoldArticle Load(string split, string id)
    {
        var folder = Folder(split);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, id + ".json")));
        var root = doc.RootElement;
        return new GoldArticle
        {
            Split = split,
            Id = id,
            TextPath = Path.Combine(folder, id + ".txt"),
            Market = Text(root, "market"),
            Date = Text(root, "date"),
            Received = Text(root, "received"),
            Moves = root.GetProperty("moves").EnumerateArray().Select(ReadMove).ToList(),
        };
    }

    /// <summary>"seeds" and "dev" live in the shared corpus; "probe" and "probe2" ship with these tests (Corpus/Probe, Corpus/Probe2).</summary>
    private static string Folder(string split) =>
        split switch
        {
            "probe" => Path.Combine(AppContext.BaseDirectory, "Corpus", "Probe"),
            "probe2" => Path.Combine(AppContext.BaseDirectory, "Corpus", "Probe2"),
            _ => Path.Combine(CorpusLocator.CorpusDirectory, split),
        };

    private static ScoredMove ReadMove(JsonElement move) => new()
    {
        Kind = Text(move, "kind"),
        Name = Text(move, "name"),
        Aliases = Strings(move, "aliases"),
        Codes = CodeKeys.Select(k => Text(move, k)).OfType<string>().Where(c => c.Length > 0).ToList(),
        Venue = Text(move, "venue"),
        Direction = Text(move, "direction"),
        Pct = Number(move, "pct"),
        Points = Number(move, "points"),
        Level = Number(move, "level"),
        Price = Number(move, "price"),
        Period = Text(move, "period"),
    };

    private static string? Text(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var v) ? v.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => v.GetString(),
            _ => v.GetRawText(),
        } : null;

    private static List<string> Strings(JsonElement obj, string key) =>
        obj.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() ?? "" : a.GetRawText()).ToList()
            : [];

    private static double? Number(JsonElement obj, string key)
    {
        if (!obj.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new InvalidDataException($"gold field '{key}' is not a number: {v.GetRawText()}");
    }
}
