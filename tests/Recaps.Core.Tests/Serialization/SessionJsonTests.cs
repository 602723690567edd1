using System.Text.Json;
using Recaps.Core.Model;
using Recaps.Core.Parsing;
using Recaps.Core.Serialization;

namespace Recaps.Core.Tests.Serialization;

public sealed class SessionJsonTests
{
    private static MarketSession Session(params Move[] moves) => new()
    {
        Date = new DateOnly(2025, 5, 21),
        DateBasis = DateBasis.DayMonth,
        Market = "HK",
        Kind = SessionKind.Midday,
        Moves = moves,
    };

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void Serialize_SessionWithoutMoves_WritesTopLevelFieldsAndEmptyMoves()
    {
        var root = Root(SessionJson.Serialize(Session()));

        Assert.Equal("2025-05-21", root.GetProperty("date").GetString());
        Assert.Equal("HK", root.GetProperty("market").GetString());
        Assert.Equal("midday", root.GetProperty("session").GetString());
        Assert.Equal("day-month", root.GetProperty("date_basis").GetString());
        Assert.Equal(0, root.GetProperty("moves").GetArrayLength());
        Assert.False(root.TryGetProperty("issue", out _));
    }

    [Fact]
    public void Serialize_ParseResultWithIssue_WritesIssueMessage()
    {
        var result = new ParseResult(Session(), ParseIssue.NoMarketData);

        var root = Root(SessionJson.Serialize(result));

        Assert.Equal("no market moves found", root.GetProperty("issue").GetString());
    }

    [Fact]
    public void Serialize_ParseResultWithoutIssue_OmitsIssue()
    {
        var root = Root(SessionJson.Serialize(new ParseResult(Session(), null)));

        Assert.False(root.TryGetProperty("issue", out _));
    }

    [Fact]
    public void Serialize_Always_WritesIndentedJson()
    {
        var json = SessionJson.Serialize(Session());

        Assert.StartsWith("{\n  \"date\": \"2025-05-21\",\n", json, StringComparison.Ordinal);
    }
}
