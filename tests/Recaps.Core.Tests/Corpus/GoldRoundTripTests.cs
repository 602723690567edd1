using Recaps.Core.Serialization;
using Recaps.Core.Model;

namespace Recaps.Core.Tests.Corpus;

/// <summary>A parser that returned exactly the gold moves as <see cref="Move"/> records would score perfectly: the bar is reachable.</summary>
public sealed class GoldRoundTripTests
{
    public static TheoryData<string, string> Articles
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var split in new[] { "seeds", "dev" })
            {
                foreach (var id in GoldReader.Ids(split))
                {
                    data.Add(split, id);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Match_GoldAsParserMoves_FindsEveryMoveAndNothingSpurious(string split, string id)
    {
        var gold = GoldReader.Load(split, id);
        var predicted = gold.Moves.Select(ToParserMove).Select(PredictedMove.From).ToList();

        var outcome = MoveMatcher.Match(gold.Moves, predicted);

        Assert.All(outcome.Pairs, p => Assert.True(p.IsFound, $"{p.Gold.Name}: {string.Join(',', p.Wrong)}"));
        Assert.Empty(outcome.Extra);
    }

    private static Move ToParserMove(ScoredMove gold) => new()
    {
        Kind = Enum.Parse<InstrumentKind>(gold.Kind!, ignoreCase: true),
        Name = gold.Name!,
        Aliases = gold.Aliases,
        Venue = gold.Venue,
        Direction = gold.Direction is null ? null : Enum.Parse<Direction>(gold.Direction, ignoreCase: true),
        Figures = new Figures
        {
            Pct = (decimal?)gold.Pct,
            Points = (decimal?)gold.Points,
            Level = (decimal?)gold.Level,
            Price = (decimal?)gold.Price,
        },
        Period = gold.Period is null ? null : Enum.GetValues<MovePeriod>().Single(p => p.ToWireName() == gold.Period),
        Evidence = "",
    };
}
