using Recaps.Core.Serialization;
using Recaps.Core.Model;

namespace Recaps.Core.Tests.Corpus;

public sealed class PredictedMoveTests
{
    private static readonly string[] SchemaPeriods =
    [
        "previous-day", "previous-3-sessions", "week", "month", "quarter-to-date", "year-to-date",
        "year-to-date-prior", "3-month", "6-month", "year",
    ];

    [Fact]
    public void ToWireName_EveryPeriod_IsASchemaName()
    {
        var names = Enum.GetValues<MovePeriod>().Select(p => p.ToWireName()).ToList();

        Assert.Equal(SchemaPeriods.Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void From_Move_UsesSchemaSpelling()
    {
        var move = new Move
        {
            Kind = InstrumentKind.Stock,
            Name = "Contemporary Amperex Technology Co Ltd",
            Aliases = ["CATL"],
            Venue = "HK",
            Direction = Direction.Up,
            Figures = new Figures { Pct = 16m, Price = 306.2m, Currency = "HKD" },
            Period = MovePeriod.PreviousDay,
            Evidence = "CATL shares jumped 9% in Hong Kong after yesterday's debut surge of 16%.",
        };

        var shaped = PredictedMove.From(move);

        Assert.Equal(("stock", "up", "previous-day", "HK"), (shaped.Kind, shaped.Direction, shaped.Period, shaped.Venue));
        Assert.Equal((16.0, 306.2), (shaped.Pct, shaped.Price));
        Assert.Equal(["CATL"], shaped.Aliases);
    }

    [Fact]
    public void From_SessionMoveWithoutDirection_LeavesBothNull()
    {
        var move = new Move { Kind = InstrumentKind.Index, Name = "Bank Nifty", Figures = new Figures { Level = 48195.85m }, Evidence = "Bank Nifty at 48,195.85." };

        var shaped = PredictedMove.From(move);

        Assert.Equal(("index", null, null), (shaped.Kind, shaped.Direction, shaped.Period));
        Assert.Equal(48195.85, shaped.Level);
    }
}
