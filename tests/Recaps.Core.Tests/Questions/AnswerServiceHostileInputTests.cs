using System.Diagnostics;
using System.Text.RegularExpressions;
using Recaps.Core.Questions;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Tables;

namespace Recaps.Core.Tests.Questions;

/// <summary>
/// Questions no one should send: huge, full of control characters, emoji, or shaped like OData or SQL. Each gets
/// an ordinary answer, and none of its text reaches storage except as an escaped value.
/// </summary>
public sealed partial class AnswerServiceHostileInputTests
{
    public static TheoryData<string> Injections =>
    [
        "' or 1 eq 1",
        "PartitionKey eq 'x'",
        "'); DROP TABLE Moves;--",
        "how did CATL' or PartitionKey ne '' do?",
        "how did Tencent do on Friday' or RowKey gt ''",
        "Robert'); DROP TABLE Sessions;-- vs CATL",
        "top gainers in ' or 1 eq 1",
        "how did x' or '1' eq '1 do?",
        "%27%20or%201%20eq%201",
        "how did Hang Seng Bank/../Moves do?",
        "why did Meituan#? fall",
    ];

    [Theory]
    [InlineData("' or 1 eq 1", AnswerKind.Help)]
    [InlineData("PartitionKey eq 'x'", AnswerKind.NotFound)]
    [InlineData("'); DROP TABLE Moves;--", AnswerKind.NotFound)]
    [InlineData("how did CATL' or PartitionKey ne '' do?", AnswerKind.Facts)]
    [InlineData("how did Tencent do on Friday' or RowKey gt ''", AnswerKind.Facts)]
    public async Task AskAsync_ODataOrSqlLookingText_IsAnOrdinaryAnswer(string question, AnswerKind kind)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(kind, answer.Kind);
        // Never more than the one instrument the question names: a filter that matched every row would show others.
        Assert.True(answer.Facts.Select(f => f.Move.InstrumentKey).Distinct().Count() <= 1);
    }

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task AskAsync_InjectionText_ReachesStorageOnlyAsValidKeysAndEscapedLiterals(string question)
    {
        using var harness = await WeekAsync();
        harness.Tables.Clear();

        await harness.AskAsync(question, QuestionRecaps.At(26));

        var reads = harness.Tables.Reads;
        Assert.NotEmpty(reads);
        foreach (var (table, query) in reads)
        {
            foreach (var key in new[] { query.PartitionKey, query.RowKeyFrom, query.RowKeyBefore }.OfType<string>())
            {
                // Store keys are made by the store (instrument keys, markets, dates, article ids), never from question text.
                Assert.Matches(PlainKey(), key);
                Assert.True(TableKeys.IsValid(key), $"{table}: '{key}' is not a valid key");
            }
            if (ODataFilter.For(query) is { } filter)
            {
                Assert.Matches(EscapedFilter(), filter);
            }
        }
    }

    [Fact]
    public async Task AskAsync_HundredKilobyteQuestion_IsAnsweredFromItsStartQuickly()
    {
        using var harness = await WeekAsync();
        var question = "how did CATL do on Wednesday? " + string.Concat(Enumerable.Repeat("and also what about everything else ", 3_000));
        Assert.True(question.Length > 100_000);

        var watch = Stopwatch.StartNew();
        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal(new DateOnly(2025, 5, 21), answer.Facts[0].Move.Date);
    }

    [Fact]
    public async Task AskAsync_HundredKilobytesOfOneUnknownWord_IsNotFoundWithAShortAnswer()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(new string('z', 100_000), QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.True(answer.Text.Length < 1_000, $"{answer.Text.Length} characters");
    }

    [Fact]
    public async Task AskAsync_ControlCharacters_AreReadAsSpaces()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how\0did\u0007CATL\tdo\r\non\u001bWednesday?\u007f", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.Facts, answer.Kind);
        Assert.Equal(["HK", "SZ"], answer.Facts.Select(f => f.Move.Move.Venue));
    }

    [Fact]
    public async Task AskAsync_ControlCharactersAroundAnUnknownName_AreNotEchoed()
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync("how did \u0000Tesla\u0007\u001b[2J do?", QuestionRecaps.At(26));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.StartsWith("No recap mentions Tesla", answer.Title, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Text, c => c != '\n' && char.IsControl(c));
    }

    [Theory]
    [InlineData("📈🚀📉", AnswerKind.Help)]
    [InlineData("📈 how did CATL do on Wednesday? 🚀", AnswerKind.Facts)]
    [InlineData("how did Tencent👍 do on Friday?", AnswerKind.Facts)]
    [InlineData("\uD83D how did CATL do?", AnswerKind.Facts)]
    public async Task AskAsync_Emoji_AreIgnored(string question, AnswerKind kind)
    {
        using var harness = await WeekAsync();

        var answer = await harness.AskAsync(question, QuestionRecaps.At(26));

        Assert.Equal(kind, answer.Kind);
    }

    [Fact]
    public async Task AskAsync_AfterHostileQuestions_TheStoreStillAnswers()
    {
        using var harness = await WeekAsync();
        foreach (var question in Injections)
        {
            await harness.AskAsync(question, QuestionRecaps.At(26));
        }

        var answer = await harness.AskAsync("which sessions do you know?", QuestionRecaps.At(26));

        Assert.Equal(4, answer.Lines.Count);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex PlainKey();

    // Only the store's own comparisons, every value a quoted literal whose quotes are doubled.
    [GeneratedRegex("^(?:PartitionKey eq '(?:[^']|'')*')?(?:(?: and )?RowKey (?:ge|lt) '(?:[^']|'')*')*$")]
    private static partial Regex EscapedFilter();

    private static async Task<AnswerHarness> WeekAsync()
    {
        var harness = new AnswerHarness();
        await harness.IngestWeekAsync();
        return harness;
    }
}
