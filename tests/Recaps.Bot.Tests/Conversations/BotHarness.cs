using Microsoft.Data.Sqlite;
using Recaps.Bot.Conversations;
using Recaps.Bot.Protocol;
using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Tests.Conversations;

/// <summary>
/// A bot over its own SQLite store in a temp folder, filled by ingesting the repository's samples through the real
/// parser, at 4 June 2025 18:00 Hong Kong (when the README ingests them).
/// </summary>
internal sealed class BotHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 6, 4, 18, 0, 0, TimeSpan.FromHours(8));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "recaps-bot-tests", Guid.NewGuid().ToString("N"));

    public BotHarness()
    {
        Directory.CreateDirectory(_folder);
        Tables = new SqliteTableService(_folder, Clock);
        Store = new SessionStore(Tables, time: Clock);
        Bot = NewBot();
    }

    public FixedClock Clock { get; } = new(Now);

    public ITableService Tables { get; }

    public SessionStore Store { get; }

    public RecordingLogger<RecapBot> Log { get; } = new();

    public RecapBot Bot { get; }

    public static async Task<BotHarness> WithSamplesAsync()
    {
        var harness = new BotHarness();
        var ingestor = new RecapIngestor(harness.Store, new RecapParser(), harness.Clock);
        foreach (var file in Directory.GetFiles(Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            var outcome = await ingestor.IngestAsync(new RecapDocument(Path.GetFileName(file), await File.ReadAllBytesAsync(file), Now));
            Assert.True(outcome.Moves > 0, $"{file} stored no moves: {outcome.Status} {outcome.Reason}");
        }
        return harness;
    }

    /// <summary>Another bot over the same tables, as a second instance of the app would be.</summary>
    public RecapBot NewBot(ITableService? tables = null) =>
        new(new AnswerService(Store, Clock), Store, tables ?? Tables, Clock, Log);

    public Task<IReadOnlyList<Activity>> SayAsync(string text, string channel = "webchat") =>
        Bot.OnTurnAsync(Inbound.Message(text, channel), CancellationToken.None);

    public void Dispose()
    {
        Store.Dispose();
        // Pooled connections keep the database file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
