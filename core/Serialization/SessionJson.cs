using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Recaps.Core.Model;
using Recaps.Core.Parsing;

namespace Recaps.Core.Serialization;

/// <summary>
/// Writes a <see cref="MarketSession"/> as the session JSON of shared/corpus/SCHEMA.md, by hand with
/// <see cref="Utf8JsonWriter"/>: no reflection, so it stays trim- and AOT-safe.
/// </summary>
public static class SessionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Output goes to a terminal or a file, never into HTML: keep "£", "—" and CJK readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The session of a parse, with the parse's issue (if any) as a top-level "issue".</summary>
    public static string Serialize(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Serialize(result.Session, result.IssueMessage);
    }

    public static string Serialize(MarketSession session, string? issue = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, session, issue);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(Utf8JsonWriter writer, MarketSession session, string? issue = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(session);
        writer.WriteStartObject();
        writer.WriteString("date", session.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("market", session.Market);
        writer.WriteString("session", session.Kind.ToWireName());
        writer.WriteString("date_basis", session.DateBasis.ToWireName());
        if (issue is not null)
        {
            writer.WriteString("issue", issue);
        }
        writer.WriteStartArray("moves");
        foreach (var move in session.Moves)
        {
            MoveJson.Write(writer, move);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
