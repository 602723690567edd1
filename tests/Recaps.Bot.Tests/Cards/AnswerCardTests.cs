using Recaps.Bot.Tests.Conversations;

namespace Recaps.Bot.Tests.Cards;

public sealed class AnswerCardTests
{
    // Elements and actions of Adaptive Cards 1.0-1.3 only: Teams renders 1.5 at most, Table (1.5) not everywhere.
    private static readonly HashSet<string> Known =
    [
        "AdaptiveCard", "TextBlock", "ColumnSet", "Column", "Container", "Action.Submit", "Action.ToggleVisibility",
    ];

    [Fact]
    public async Task Render_TopGainers_IsA15CardWithGroupedRowsAndThePlainAnswerAsFallback()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        await harness.Bot.OnTurnAsync(Inbound.MembersAdded(Inbound.UserId), CancellationToken.None);

        var reply = Assert.Single(await harness.SayAsync("top gainers and losers yesterday"));

        var card = Assert.Single(reply.Attachments!).Content!;
        Assert.Equal("1.5", (string?)card["version"]);
        var types = card.DescendantsOfType("TextBlock").Count();
        Assert.True(types > 5);
        foreach (var type in AllTypes(card))
        {
            Assert.Contains(type, Known);
        }
        var texts = Inbound.CardTexts(reply);
        Assert.Contains("Instrument", texts);
        Assert.Contains("Change", texts);
        Assert.Contains(texts, t => t.StartsWith("Gainers", StringComparison.Ordinal) || t.StartsWith("Biggest", StringComparison.Ordinal));
        Assert.StartsWith("Biggest", (string?)card["fallbackText"], StringComparison.Ordinal);
        Assert.Contains("Source: from recap seed-", (string?)card["fallbackText"], StringComparison.Ordinal);
        // Every row has as many columns as the header, so the columns line up.
        var rows = card.DescendantsOfType("ColumnSet").Select(r => r["columns"]!.AsArray().Count).Distinct();
        Assert.Single(rows);
    }

    [Fact]
    public async Task Render_ClarifyOrNotFound_IsASimpleCardWithoutFigures()
    {
        using var harness = await BotHarness.WithSamplesAsync();
        await harness.Bot.OnTurnAsync(Inbound.MembersAdded(Inbound.UserId), CancellationToken.None);

        var reply = Assert.Single(await harness.SayAsync("how did Tesla do?"));

        var card = Assert.Single(reply.Attachments!).Content!;
        Assert.Empty(card.DescendantsOfType("ColumnSet"));
        Assert.Empty(card.DescendantsOfType("Action.ToggleVisibility"));
        Assert.Equal("No recap mentions Tesla.", Inbound.CardTexts(reply)[0]);
        Assert.Equal("No recap mentions Tesla.", reply.Summary);
    }

    private static IEnumerable<string> AllTypes(System.Text.Json.Nodes.JsonNode node) => node switch
    {
        System.Text.Json.Nodes.JsonObject obj => (obj["type"]?.GetValue<string>() is { } t ? [t] : Array.Empty<string>())
            .Concat(obj.Where(p => p.Key != "data").SelectMany(p => p.Value is null ? [] : AllTypes(p.Value))),
        System.Text.Json.Nodes.JsonArray array => array.SelectMany(c => c is null ? [] : AllTypes(c)),
        _ => [],
    };
}
