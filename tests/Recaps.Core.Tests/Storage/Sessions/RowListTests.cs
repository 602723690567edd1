using Recaps.Core.Storage.Sessions;

namespace Recaps.Core.Tests.Storage.Sessions;

public sealed class RowListTests
{
    [Fact]
    public void Create_FewRows_OneEntityThatReadsBackInOrder()
    {
        RowRef[] rows = [new("MovesByInstrument", "hsi", "79919668_a_v_0000"), new("Sessions", "HK", "79919668_a_v")];

        var entity = Assert.Single(RowList.Create("a", "v", rows));

        Assert.Equal(("a", "v|0000"), (entity.PartitionKey, entity.RowKey));
        Assert.Equal("v", RowList.VersionOf(entity));
        Assert.Equal(rows, RowList.Read(entity));
    }

    [Fact]
    public void Create_MoreRowsThanOnePropertyHolds_SplitsIntoEntitiesUnderTheStringLimit()
    {
        var rows = Enumerable.Range(0, 2_000).Select(i => new RowRef("MovesBySession", "HK_2025-05-21", $"instrument-{i:D5}_article_version_{i:D4}")).ToList();

        var entities = RowList.Create("a", "v", rows).ToList();

        Assert.True(entities.Count > 1);
        Assert.All(entities, e => Assert.True(e.GetString("Rows")!.Length <= 30_000));
        Assert.Equal(entities.Select((_, i) => $"v|{i:D4}"), entities.Select(e => e.RowKey));
        Assert.Equal(rows, entities.SelectMany(RowList.Read));
    }
}
