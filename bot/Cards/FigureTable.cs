using System.Text.Json.Nodes;
using Recaps.Core.Questions;

namespace Recaps.Bot.Cards;

/// <summary>
/// The figures of an answer as rows of columns (ColumnSets render in every Adaptive Card host, Table does not):
/// instrument, venue, change, points, level or price; a column no fact fills is left out. Under an instrument's
/// name: the span when it is not the session, the date when the facts span several, the reason when asked why.
/// </summary>
internal static class FigureTable
{
    public static void AddTo(JsonArray body, Answer answer)
    {
        var rows = answer.Facts.Select(f => (Fact: f, Cells: FigureCells.Of(f.Move.Move))).ToList();
        var showVenue = rows.Any(r => r.Cells.Venue.Length > 0);
        var showPoints = rows.Any(r => r.Cells.Points.Length > 0);
        var showLevel = rows.Any(r => r.Cells.Level.Length > 0);
        var severalDates = answer.Facts.Select(f => f.Move.Date).Distinct().Skip(1).Any();

        body.Add(Row(showVenue, showPoints, showLevel, "Instrument", null, "Venue", "Change", "Points", "Level / price", heading: true));
        string? group = null;
        foreach (var (fact, cells) in rows)
        {
            if (fact.Group is not null && fact.Group != group)
            {
                group = fact.Group;
                body.Add(CardElements.Text(group, TextStyle.Heading));
            }
            var move = fact.Move.Move;
            var details = new List<string>(3);
            if (MarketText.Span(move) is { } span)
            {
                details.Add(span);
            }
            if (severalDates)
            {
                details.Add(MarketText.Date(fact.Move.Date));
            }
            if (answer.ShowReasons && move.Reason is { } reason)
            {
                details.Add($"why: {reason}");
            }
            body.Add(Row(showVenue, showPoints, showLevel, Instrument(move), details, cells.Venue, cells.Change, cells.Points, cells.Level, heading: false));
        }
    }

    // The name and the proper name the recap used ("Contemporary Amperex Technology Co Ltd (CATL)"): the venue has its column.
    private static string Instrument(Core.Model.Move move) => move.Venue is null || move.Kind != Core.Model.InstrumentKind.Stock
        ? MarketText.Label(move)
        : MarketText.Label(move with { Venue = null });

    private static JsonObject Row(bool venue, bool points, bool level, string instrument, List<string>? details,
        string venueText, string change, string pointsText, string levelText, bool heading)
    {
        var style = heading ? TextStyle.Heading : TextStyle.Normal;
        var first = new JsonArray { CardElements.Text(instrument, style) };
        foreach (var detail in details ?? [])
        {
            first.Add(CardElements.Text(detail, TextStyle.Subtle));
        }
        var columns = new List<(int, JsonArray)> { (4, first) };
        if (venue)
        {
            columns.Add((2, [CardElements.Text(venueText, style)]));
        }
        columns.Add((2, [CardElements.Text(change, style)]));
        if (points)
        {
            columns.Add((2, [CardElements.Text(pointsText, style)]));
        }
        if (level)
        {
            columns.Add((2, [CardElements.Text(levelText, style)]));
        }
        return CardElements.Row(columns, separator: heading);
    }
}
