using System.Text;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Digest;

/// <summary>
/// The digest as plain text for a chat window: per market a heading, then Indices, Gainers, Losers, Sectors and
/// Why (each left out when empty), then the sources. Every figure is written by <see cref="MarketText"/>.
/// </summary>
public static class DigestText
{
    private const string Indent = "  ";

    public static string Render(MarketDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var text = new StringBuilder();
        if (digest.Date is not { } date)
        {
            return $"No session stored on or before {MarketText.Date(digest.AskedDate!.Value)}.";
        }
        if (digest.IsEarlierThanAsked)
        {
            text.Append("No session stored for ").Append(MarketText.Date(digest.AskedDate!.Value))
                .Append("; the latest before it is ").Append(MarketText.Date(date)).Append('.').Append('\n');
        }
        for (var i = 0; i < digest.Markets.Count; i++)
        {
            if (i > 0)
            {
                text.Append('\n');
            }
            Section(text, digest.Markets[i]);
        }
        return text.ToString().TrimEnd('\n');
    }

    private static void Section(StringBuilder text, DigestSection section)
    {
        var market = MarketText.Market(section.Market);
        text.Append(char.ToUpperInvariant(market[0])).Append(market.AsSpan(1)).Append(' ').Append(MarketText.SessionKind(section.Kind))
            .Append(", ").Append(MarketText.Date(section.Date)).Append('\n');
        if (section.IsEmpty)
        {
            text.Append(Indent).Append("The recaps give no moves of the session itself.\n");
        }
        List("Indices:", section.Indices, m => MarketText.Line(m.Move));
        List("Gainers:", section.Gainers, m => MarketText.Line(m.Move));
        List("Losers:", section.Losers, m => MarketText.Line(m.Move));
        List("Sectors:", section.Sectors, m => MarketText.Line(m.Move));
        List("Why:", section.Reasons, m => $"{MarketText.Label(m.Move)}: {MarketText.Headline(m.Move)} - {m.Move.Reason!.Trim()}");
        text.Append("Sources: ").AppendJoin(", ", section.Sources.Select(MarketText.Recap)).Append('\n');

        void List(string heading, IReadOnlyList<StoredMove> moves, Func<StoredMove, string> line)
        {
            if (moves.Count == 0)
            {
                return;
            }
            text.Append(heading).Append('\n');
            foreach (var move in moves)
            {
                text.Append(Indent).Append(line(move)).Append('\n');
            }
        }
    }
}
