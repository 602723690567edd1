using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;
using Recaps.Core.Storage.Tables;

namespace Recaps.Bot.Tests.Conversations;

public sealed class RecapBotResilienceTests
{
    [Fact]
    public async Task OnTurnAsync_SameActivityIdTwice_AnswersOnlyTheFirst()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var activity = Inbound.Message("how did CATL do?", id: "f:1485983408511");

        var first = await harness.Bot.OnTurnAsync(activity, CancellationToken.None);
        var resent = await harness.NewBot().OnTurnAsync(activity, CancellationToken.None);

        Assert.NotEmpty(first);
        Assert.Empty(resent);
        Assert.Contains(harness.Log.Entries, e => e.Message.Contains("was handled before", StringComparison.Ordinal));
    }

    [Fact]
    public async Task OnTurnAsync_ActivityWithoutId_IsAnsweredEachTime()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var activity = Inbound.Message("help") with { Id = null };

        Assert.Single(await harness.Bot.OnTurnAsync(activity, CancellationToken.None));
        Assert.Single(await harness.Bot.OnTurnAsync(activity, CancellationToken.None));
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.Invoke)]
    [InlineData("messageReaction")]
    [InlineData(ActivityTypes.EndOfConversation)]
    [InlineData("somethingNew")]
    public async Task OnTurnAsync_TypeTheBotDoesNotAnswer_SendsNothingAndTouchesNoTable(string type)
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var failing = new FailingTableService();

        var replies = await harness.NewBot(failing).OnTurnAsync(Inbound.Message("how did CATL do?") with { Type = type }, CancellationToken.None);

        Assert.Empty(replies);
        Assert.Equal(0, failing.Calls);
    }

    [Fact]
    public async Task OnTurnAsync_StorageUnavailable_ApologisesWithoutExceptionText()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var bot = harness.NewBot(new FailingTableService());

        var reply = Assert.Single(await bot.OnTurnAsync(Inbound.Message("how did CATL do?"), CancellationToken.None));

        Assert.Equal("I can't reach the market data right now; please try again in a minute.", reply.Text);
        Assert.DoesNotContain(FailingTableService.Secret, ActivityJson.ToJson(reply), StringComparison.Ordinal);
        Assert.Contains(harness.Log.Entries, e => e.Level == LogLevel.Warning && e.Exception is Core.Storage.StorageException);
    }

    [Fact]
    public async Task OnTurnAsync_UnexpectedFailure_ApologisesAndLogsTheError()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var bot = harness.NewBot(new FailingTableService(new InvalidOperationException(FailingTableService.Secret)));

        var reply = Assert.Single(await bot.OnTurnAsync(Inbound.Message("how did CATL do?"), CancellationToken.None));

        Assert.StartsWith("Sorry, something went wrong", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingTableService.Secret, ActivityJson.ToJson(reply), StringComparison.Ordinal);
        Assert.Contains(harness.Log.Entries, e => e.Level == LogLevel.Error && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task OnTurnAsync_TurnFailedThenActivityResent_AnsweredTheSecondTime()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var tables = new SwitchedTableService(harness.Tables, BotTables.Conversations);
        var activity = Inbound.Message("how did CATL do?", id: "retry-1");

        var apology = Assert.Single(await harness.NewBot(tables).OnTurnAsync(activity, CancellationToken.None));
        tables.Failing = false;
        var resent = await harness.NewBot(tables).OnTurnAsync(activity, CancellationToken.None);

        Assert.Equal("I can't reach the market data right now; please try again in a minute.", apology.Text);
        Assert.Contains(resent, reply => reply.Attachments is { Count: > 0 });
    }

    [Fact]
    public async Task OnTurnAsync_CallerCancels_Throws()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Bot.OnTurnAsync(Inbound.Message("how did CATL do?"), cancel.Token));
    }

    [Fact]
    public async Task PruneHandledActivitiesAsync_RowsOlderThanTheAge_AreDeletedAndTheirIdsAnsweredAgain()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        var old = Inbound.Message("help", id: "old");
        await harness.Bot.OnTurnAsync(old, CancellationToken.None);
        harness.Clock.Now = BotHarness.Now.AddDays(2);
        await harness.Bot.OnTurnAsync(Inbound.Message("help", id: "recent"), CancellationToken.None);

        var pruned = await harness.Bot.PruneHandledActivitiesAsync(TimeSpan.FromDays(1), CancellationToken.None);

        Assert.Equal(1, pruned);
        var rows = await harness.Tables.GetTable(BotTables.Activities).QueryListAsync(new TableQuery());
        Assert.Equal(["recent"], rows.Select(r => r.RowKey));
        Assert.NotEmpty(await harness.Bot.OnTurnAsync(old, CancellationToken.None));
    }
}
