using System.Text.Json.Nodes;

namespace Recaps.Bot.Cards;

/// <summary>
/// The few Adaptive Card elements the bot uses, as JSON nodes (no reflection). Every TextBlock's text goes through
/// <see cref="CardMarkdown.Escape"/>: the bot never writes markdown itself, so all text it shows is literal.
/// </summary>
internal static class CardElements
{
    /// <summary>Teams renders up to 1.5; Web Chat more. Nothing here needs later than 1.2 except the version ceiling.</summary>
    public const string Version = "1.5";

    public static JsonObject Card(JsonArray body, JsonArray actions, string fallbackText)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            card["actions"] = actions;
        }
        return card;
    }

    public static JsonObject Text(string text, TextStyle style = TextStyle.Normal)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = CardMarkdown.Escape(text), ["wrap"] = true };
        switch (style)
        {
            case TextStyle.Title:
                block["size"] = "Medium";
                block["weight"] = "Bolder";
                break;
            case TextStyle.Heading:
                block["weight"] = "Bolder";
                break;
            case TextStyle.Subtle:
                block["isSubtle"] = true;
                block["spacing"] = "None";
                block["size"] = "Small";
                break;
            case TextStyle.Normal:
                break;
        }
        return block;
    }

    /// <summary>
    /// One row of a table as a ColumnSet. Widths are weights, not "auto": rows are separate ColumnSets, and only
    /// weights line their columns up under the header's.
    /// </summary>
    public static JsonObject Row(IEnumerable<(int Weight, JsonArray Items)> columns, bool separator = false)
    {
        var set = new JsonArray();
        foreach (var (weight, items) in columns)
        {
            set.Add(new JsonObject { ["type"] = "Column", ["width"] = weight, ["items"] = items });
        }
        var row = new JsonObject { ["type"] = "ColumnSet", ["columns"] = set, ["spacing"] = "Small" };
        if (separator)
        {
            row["separator"] = true;
        }
        return row;
    }

    public static JsonObject Hidden(string id, JsonArray items) =>
        new() { ["type"] = "Container", ["id"] = id, ["isVisible"] = false, ["items"] = items };

    public static JsonObject Toggle(string title, string targetId) =>
        new() { ["type"] = "Action.ToggleVisibility", ["title"] = title, ["targetElements"] = new JsonArray(targetId) };

    /// <summary>A button that asks <paramref name="question"/>: the channel sends a message whose value is <c>{"question": …}</c>.</summary>
    public static JsonObject Ask(string question) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = question,
        ["data"] = new JsonObject { [SubmitData.QuestionField] = question },
    };
}
