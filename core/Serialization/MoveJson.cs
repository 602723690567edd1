using System.Text.Json;
using Recaps.Core.Model;

namespace Recaps.Core.Serialization;

/// <summary>One move of the session JSON: the schema's fields always, the optional ones only when set.</summary>
internal static class MoveJson
{
    public static void Write(Utf8JsonWriter writer, Move move)
    {
        var figures = move.Figures;
        writer.WriteStartObject();
        writer.WriteString("kind", move.Kind.ToWireName());
        writer.WriteString("name", move.Name);
        writer.WriteStartArray("aliases");
        foreach (var alias in move.Aliases)
        {
            writer.WriteStringValue(alias);
        }
        writer.WriteEndArray();
        writer.WriteString("venue", move.Venue);
        writer.WriteString("direction", move.Direction?.ToWireName());
        WriteNumber(writer, "pct", figures.Pct);
        WriteNumber(writer, "points", figures.Points);
        WriteNumber(writer, "level", figures.Level);
        WriteNumber(writer, "price", figures.Price);
        writer.WriteString("currency", figures.Currency);
        writer.WriteString("qualifier", move.Qualifier);
        writer.WriteString("reason", move.Reason);
        writer.WriteString("evidence", move.Evidence);
        WriteOptional(writer, move, figures);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, Move move, Figures figures)
    {
        if (move.Period is { } period)
        {
            writer.WriteString("period", period.ToWireName());
        }
        if (move.Session is not null)
        {
            writer.WriteString("session", move.Session);
        }
        if (figures.PctLow is not null || figures.PctHigh is not null)
        {
            writer.WriteStartArray("pct_range");
            WriteNumberValue(writer, figures.PctLow);
            WriteNumberValue(writer, figures.PctHigh);
            writer.WriteEndArray();
        }
        if (figures.PriceChange is { } change)
        {
            WriteNumber(writer, "price_change", change);
        }
        if (figures.ContributionPoints is { } contribution)
        {
            WriteNumber(writer, "contribution_points", contribution);
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        writer.WritePropertyName(name);
        WriteNumberValue(writer, value);
    }

    private static void WriteNumberValue(Utf8JsonWriter writer, decimal? value)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(DecimalText.Normalize(number));
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
