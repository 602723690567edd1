using System.Text;

namespace Recaps.Core.Questions;

/// <summary>The plain-text form of an answer, for the command line and for chat channels without cards.</summary>
public static class AnswerText
{
    private const int MaxEvidence = 3;

    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Title).Append('\n');
        foreach (var note in answer.Notes)
        {
            text.Append(note).Append('\n');
        }
        string? group = null;
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in answer.Facts)
        {
            if (fact.Group is not null && fact.Group != group)
            {
                group = fact.Group;
                text.Append(group).Append(":\n");
            }
            text.Append("- ").Append(MarketText.Line(fact.Move.Move));
            if (answer.Facts.Select(f => f.Move.Date).Distinct().Skip(1).Any())
            {
                text.Append(", ").Append(MarketText.Date(fact.Move.Date));
            }
            if (answer.ShowReasons && fact.Move.Move.Reason is { } reason)
            {
                text.Append(" - why: ").Append(reason);
            }
            text.Append('\n');
            // A move the recap gave no figure for is shown with what it said, so nothing is left vague.
            if (!answer.ShowEvidence && fact.Move.Move.Figures.IsEmpty && fact.Move.Move.Qualifier is null && quoted.Count < MaxEvidence
                && quoted.Add(fact.Move.Move.Evidence))
            {
                text.Append("  \"").Append(fact.Move.Move.Evidence).Append("\"\n");
            }
        }
        foreach (var line in answer.Lines)
        {
            text.Append(line).Append('\n');
        }
        if (answer.ShowEvidence)
        {
            foreach (var evidence in answer.Facts.Select(f => f.Move.Move.Evidence).Distinct(StringComparer.Ordinal).Take(MaxEvidence))
            {
                text.Append("Source sentence: \"").Append(evidence).Append("\"\n");
            }
        }
        var sources = answer.Sources;
        if (sources.Count > 0)
        {
            text.Append(sources.Count == 1 ? "Source: " : "Sources: ").AppendJoin("; ", sources.Select(MarketText.Source)).Append('\n');
        }
        if (answer.Suggestions.Count > 0)
        {
            text.Append("Try: ").AppendJoin(" | ", answer.Suggestions).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }
}
