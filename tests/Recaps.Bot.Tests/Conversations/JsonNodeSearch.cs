using System.Text.Json.Nodes;

namespace Recaps.Bot.Tests.Conversations;

/// <summary>Finds a card's elements by type, however deeply they are nested in columns and containers.</summary>
internal static class JsonNodeSearch
{
    public static IEnumerable<JsonObject> DescendantsOfType(this JsonNode node, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue value && value.TryGetValue<string>(out var t) && t == type)
                {
                    yield return obj;
                }
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var found in child.DescendantsOfType(type))
                        {
                            yield return found;
                        }
                    }
                }
                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var found in child.DescendantsOfType(type))
                        {
                            yield return found;
                        }
                    }
                }
                break;
        }
    }
}
