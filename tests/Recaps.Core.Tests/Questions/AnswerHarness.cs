using Recaps.Core.Ingest;
using Recaps.Core.Parsing;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Core.Tests.Storage;

namespace Recaps.Core.Tests.Questions;

/// <summary>
/// A fresh SQLite store for one test, filled by ingesting recaps through the real parser, with every table read
/// recorded; questions are asked as at a moment the test names.
/// </summary>
internal sealed class AnswerHarness : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 5, 26, 10, 0, 0, TimeSpan.Zero));
    private readonly RecapIngestor _ingestor;

    public AnswerHarness()
    {
        Tables = new RecordingTableService(new SqliteTableService(_folder.Path, _clock));
        Store = new SessionStore(Tables);
        _ingestor = new RecapIngestor(Store, new RecapParser(), _clock);
    }

    public RecordingTableService Tables { get; }

    public SessionStore Store { get; }

    /// <summary>Stores one recap, failing the test unless it yields moves.</summary>
    public async Task IngestAsync(string source, string text, DateTimeOffset received)
    {
        var outcome = await _ingestor.IngestAsync(Ingest.Recaps.Document(source, text, received));
        Assert.True(outcome.Moves > 0, $"{source} stored no moves: {outcome.Status} {outcome.Reason}");
    }

    /// <summary>The hand-written week of <see cref="QuestionRecaps"/>: Wed 21 to Mon 26 May 2025 (no weekend sessions).</summary>
    public async Task IngestWeekAsync()
    {
        await IngestAsync("hk-0521.txt", QuestionRecaps.Wednesday, QuestionRecaps.ReceivedOn(21));
        await IngestAsync("hk-0522.txt", QuestionRecaps.Thursday, QuestionRecaps.ReceivedOn(22));
        await IngestAsync("hk-0523.txt", QuestionRecaps.Friday, QuestionRecaps.ReceivedOn(23));
        await IngestAsync("hk-0526.txt", QuestionRecaps.Monday, QuestionRecaps.ReceivedOn(26));
    }

    /// <summary>The repository's samples, received as the README ingests them (4 June 2025, 18:00 Hong Kong).</summary>
    public async Task IngestSamplesAsync()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "*.txt").Order(StringComparer.Ordinal))
        {
            await IngestAsync(Path.GetFileName(file), await File.ReadAllTextAsync(file), QuestionRecaps.SamplesReceived);
        }
    }

    /// <summary>The answer as a new service gives it at <paramref name="now"/> (its own time zone is "local").</summary>
    public Task<Answer> AskAsync(string question, DateTimeOffset now, ConversationContext? context = null) =>
        new AnswerService(Store, new ZonedClock(now)).AskAsync(question, context);

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}
