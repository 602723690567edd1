using System.Text.Json;
using Recaps.Core.Model;
using Recaps.Core.Serialization;

namespace Recaps.Core.Tests.Serialization;

public sealed class MoveJsonTests
{
    private static readonly string[] AlwaysWritten =
        ["kind", "name", "aliases", "venue", "direction", "pct", "points", "level", "price", "currency", "qualifier", "reason", "evidence"];

    private static string Json(Move move) => SessionJson.Serialize(new MarketSession
    {
        Date = new DateOnly(2025, 5, 21),
        DateBasis = DateBasis.Stated,
        Market = "HK",
        Moves = [move],
    });

    private static JsonElement Only(Move move) => JsonDocument.Parse(Json(move)).RootElement.GetProperty("moves")[0];

    [Fact]
    public void Serialize_MoveWithoutFigures_WritesSchemaFieldsAsNullAndNoOptionalFields()
    {
        var move = Only(new Move { Kind = InstrumentKind.Stock, Name = "Xiaomi", Evidence = "Xiaomi edged higher." });

        Assert.Equal(AlwaysWritten, move.EnumerateObject().Select(p => p.Name));
        Assert.Equal("stock", move.GetProperty("kind").GetString());
        Assert.Equal(0, move.GetProperty("aliases").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, move.GetProperty("direction").ValueKind);
        Assert.Equal(JsonValueKind.Null, move.GetProperty("pct").ValueKind);
        Assert.Equal(JsonValueKind.Null, move.GetProperty("reason").ValueKind);
        Assert.Equal("Xiaomi edged higher.", move.GetProperty("evidence").GetString());
    }

    [Fact]
    public void Serialize_IndexMove_WritesFigures()
    {
        var move = Only(new Move
        {
            Kind = InstrumentKind.Index,
            Name = "Hang Seng Index",
            Aliases = ["HSI", "Hang Seng"],
            Direction = Direction.Up,
            Figures = new Figures { Pct = 0.6m, Points = 146m, Level = 23827.79m },
            Reason = "bullish outlook from Morgan Stanley",
            Evidence = "The Hang Seng Index advanced 146 points.",
        });

        Assert.Equal(["HSI", "Hang Seng"], move.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("up", move.GetProperty("direction").GetString());
        Assert.Equal(0.6m, move.GetProperty("pct").GetDecimal());
        Assert.Equal(146m, move.GetProperty("points").GetDecimal());
        Assert.Equal(23827.79m, move.GetProperty("level").GetDecimal());
        Assert.Equal("bullish outlook from Morgan Stanley", move.GetProperty("reason").GetString());
    }

    [Fact]
    public void Serialize_MoveWithOptionalFields_WritesThemAfterSchemaFields()
    {
        var move = Only(new Move
        {
            Kind = InstrumentKind.Stock,
            Name = "CATL",
            Venue = "HK",
            Direction = Direction.Down,
            Figures = new Figures { PctLow = 3m, PctHigh = 5.5m, PriceChange = -1.2m, ContributionPoints = 12.5m },
            Period = MovePeriod.PreviousDay,
            Session = "morning",
            Evidence = "CATL fell 3% to 5.5%.",
        });

        Assert.Equal([.. AlwaysWritten, "period", "session", "pct_range", "price_change", "contribution_points"],
            move.EnumerateObject().Select(p => p.Name));
        Assert.Equal("previous-day", move.GetProperty("period").GetString());
        Assert.Equal("morning", move.GetProperty("session").GetString());
        Assert.Equal([3m, 5.5m], move.GetProperty("pct_range").EnumerateArray().Select(n => n.GetDecimal()));
        Assert.Equal(-1.2m, move.GetProperty("price_change").GetDecimal());
        Assert.Equal(12.5m, move.GetProperty("contribution_points").GetDecimal());
    }

    [Fact]
    public void Serialize_PctRangeWithOneBound_WritesNullForTheOther()
    {
        var move = Only(new Move
        {
            Kind = InstrumentKind.Sector,
            Name = "Property stocks",
            Figures = new Figures { PctLow = 2m },
            Evidence = "Property stocks gained over 2%.",
        });

        var range = move.GetProperty("pct_range");
        Assert.Equal(2m, range[0].GetDecimal());
        Assert.Equal(JsonValueKind.Null, range[1].ValueKind);
    }

    [Theory]
    [InlineData("68.00", "68")]
    [InlineData("0.60", "0.6")]
    [InlineData("-250.4900", "-250.49")]
    [InlineData("3916.3807", "3916.3807")]
    [InlineData("100", "100")]
    [InlineData("0.00", "0")]
    public void Serialize_DecimalFigure_WritesWithoutTrailingZeros(string figure, string expected)
    {
        var price = decimal.Parse(figure, System.Globalization.CultureInfo.InvariantCulture);

        var json = Json(new Move { Kind = InstrumentKind.Stock, Name = "X", Figures = new Figures { Price = price }, Evidence = "." });

        Assert.Contains($"\"price\": {expected},", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NonAsciiText_KeepsCharactersUnescaped()
    {
        var json = Json(new Move { Kind = InstrumentKind.Stock, Name = "宁德时代", Evidence = "up 96p to £11.25 — a record" });

        Assert.Contains("宁德时代", json, StringComparison.Ordinal);
        Assert.Contains("£11.25 — a record", json, StringComparison.Ordinal);
    }
}
