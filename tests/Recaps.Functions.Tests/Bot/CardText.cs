using System.Text.Json.Nodes;

namespace Recaps.Functions.Tests.Bot;

/// <summary>Every string a card (or any JSON) holds, one per line: what a test looks for, free of JSON escaping.</summary>
internal static class CardText
{
    public static string Of(JsonNode? node) => string.Join("\n", Strings(node));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => Strings(property.Value)),
        JsonArray array => array.SelectMany(Strings),
        JsonValue value when value.TryGetValue<string>(out var text) => [text],
        _ => [],
    };
}
