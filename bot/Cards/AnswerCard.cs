using System.Globalization;
using System.Text.Json.Nodes;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Bot.Cards;

/// <summary>
/// An answer as an Adaptive Card: title, notes, the figures table (grouped), the session date, the source recaps,
/// the evidence sentences behind a "Show source sentence" toggle, and the follow-ups as buttons when the channel
/// shows no suggested actions. Its fallback text is the plain-text answer.
/// </summary>
internal static class AnswerCard
{
    public const string EvidenceId = "evidence";

    // As many as the plain text quotes for one instrument; rankings have a sentence per row, and the card stays short.
    private const int MaxEvidence = 5;

    public static JsonObject Build(Answer answer, bool suggestionsAsButtons)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var body = new JsonArray { CardElements.Text(answer.Title, TextStyle.Title) };
        foreach (var note in answer.Notes)
        {
            body.Add(CardElements.Text(note));
        }
        if (answer.Facts.Count > 0)
        {
            FigureTable.AddTo(body, answer);
        }
        foreach (var line in answer.Lines)
        {
            body.Add(CardElements.Text(line));
        }
        var actions = new JsonArray();
        if (answer.Facts.Count > 0)
        {
            var dates = answer.Facts.Select(f => f.Move.Date).Distinct().Order().Select(MarketText.Date).ToList();
            body.Add(CardElements.Text($"{(dates.Count == 1 ? "Session" : "Sessions")}: {string.Join(", ", dates)}"));
            foreach (var source in answer.Sources)
            {
                body.Add(CardElements.Text(SourceLine(source), TextStyle.Subtle));
            }
            var evidence = answer.Facts.Select(f => f.Move.Move.Evidence).Distinct(StringComparer.Ordinal).Take(MaxEvidence).ToList();
            body.Add(CardElements.Hidden(EvidenceId, [.. evidence.Select(e => (JsonNode)CardElements.Text($"\u201C{e}\u201D"))]));
            actions.Add(CardElements.Toggle(evidence.Count == 1 ? "Show source sentence" : "Show source sentences", EvidenceId));
        }
        if (suggestionsAsButtons)
        {
            foreach (var suggestion in answer.Suggestions)
            {
                actions.Add(CardElements.Ask(suggestion));
            }
        }
        return CardElements.Card(body, actions, answer.Text);
    }

    /// <summary>"Source: recap seed-2025-05-21.txt, received 2025-06-04 10:00 UTC".</summary>
    public static string SourceLine(ArticleRef source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var received = source.Received.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"Source: {MarketText.Recap(source)}, received {received} UTC";
    }
}
