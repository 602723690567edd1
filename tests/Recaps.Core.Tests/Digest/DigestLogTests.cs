using Recaps.Core.Digest;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Tests.Storage;

namespace Recaps.Core.Tests.Digest;

public sealed class DigestLogTests
{
    private static readonly DateOnly June4 = new(2025, 6, 4);
    private static readonly DateTimeOffset First = new(2025, 6, 4, 10, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordAsync_SameDateTwice_RecordsTheFirstOnly()
    {
        using var folder = new TempFolder();
        var tables = new SqliteTableService(folder.Path, new ManualClock(First));
        var log = new DigestLog(tables);

        Assert.True(await log.RecordAsync(new DigestRecord(June4, "first", ["HK"], First)));
        Assert.False(await log.RecordAsync(new DigestRecord(June4, "second", ["HK"], First.AddMinutes(5))));

        Assert.Equal("first", (await log.GetAsync(June4))?.Text);
    }

    [Fact]
    public async Task ReviseAsync_LaterRecapOfTheSession_ReplacesTextButKeepsWhenItWasComposed()
    {
        using var folder = new TempFolder();
        var tables = new SqliteTableService(folder.Path, new ManualClock(First));
        var log = new DigestLog(tables);
        await log.RecordAsync(new DigestRecord(June4, "Hong Kong close", ["HK"], First));

        var revised = await log.ReviseAsync(new DigestRecord(June4, "Hong Kong close\nShanghai close", ["HK", "SH"], First.AddHours(2)));

        var stored = await log.GetAsync(June4);
        Assert.Equal(("Hong Kong close\nShanghai close", First), (stored?.Text, stored?.ComposedAt));
        Assert.Equal(["HK", "SH"], stored!.Markets);
        Assert.Equal(stored, revised! with { Markets = stored.Markets });
    }

    [Fact]
    public async Task ReviseAsync_NothingRecordedForTheDate_RecordsNothing()
    {
        using var folder = new TempFolder();
        var tables = new SqliteTableService(folder.Path, new ManualClock(First));
        var log = new DigestLog(tables);

        Assert.Null(await log.ReviseAsync(new DigestRecord(June4, "text", ["HK"], First)));
        Assert.Null(await log.LatestAsync());
    }
}
