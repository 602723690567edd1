using System.Globalization;
using Recaps.Core.Model;
using Recaps.Core.Parsing;
using Recaps.Core.Serialization;

namespace Recaps.Functions.Cli;

/// <summary>The human-readable form of a parse: a header line, then one aligned line per move.</summary>
internal static class SessionText
{
    private const int MaxNameWidth = 36;

    public static void Write(TextWriter output, ParseResult result)
    {
        var session = result.Session;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{session.Date:yyyy-MM-dd}  {session.Market}  {session.Kind.ToWireName()}  ({Describe(session.DateBasis)})"));
        if (session.Moves.Count == 0)
        {
            output.WriteLine(result.IssueMessage ?? "no market moves found");
            return;
        }
        var nameWidth = Math.Min(MaxNameWidth, session.Moves.Max(m => MoveText.Label(m).Length));
        foreach (var move in session.Moves)
        {
            output.WriteLine(MoveText.Line(move, nameWidth));
        }
    }

    private static string Describe(DateBasis basis) => basis switch
    {
        DateBasis.Stated => "date stated in the text",
        DateBasis.DayMonth => "day and month from the text, year from when received",
        DateBasis.Weekday => "weekday from the text, dated from when received",
        DateBasis.Received => "no date in the text: the day it was received",
        _ => basis.ToWireName(),
    };
}
