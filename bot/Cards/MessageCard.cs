using System.Text.Json.Nodes;

namespace Recaps.Bot.Cards;

/// <summary>
/// The bot's own text (a welcome, a digest) as a simple card: a TextBlock per line, since a TextBlock joins single
/// line breaks; a line ending in ':' is a heading, an indented line an item; optional buttons that ask questions.
/// </summary>
internal static class MessageCard
{
    public static JsonObject Build(string text, IReadOnlyList<string> buttons)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(buttons);
        var body = new JsonArray();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                continue;
            }
            var style = i == 0 || line.EndsWith(':') ? TextStyle.Heading : TextStyle.Normal;
            var indented = line.StartsWith(' ');
            var block = CardElements.Text(indented ? $"\u2022 {line.Trim()}" : line, style);
            if (indented)
            {
                block["spacing"] = "None";
            }
            body.Add(block);
        }
        var actions = new JsonArray();
        foreach (var button in buttons)
        {
            actions.Add(CardElements.Ask(button));
        }
        return CardElements.Card(body, actions, text);
    }
}
