using System.Collections.Concurrent;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>
/// The chat page in a real browser: Microsoft's Web Chat, served by the local run, talking to a bot through the
/// local Direct Line. One test with a stand-in bot (the channel's mechanics), one with the app's own bot (the product).
/// </summary>
public sealed class ChatBrowserTests(ITestOutputHelper output)
{
    private const string SendBox = "[data-id='webchat-sendbox-input']";

    // The bot's side of the transcript (Web Chat also renders a screen-reader copy of each activity, without cards).
    private const string BotCard = ".webchat__bubble:not(.webchat__bubble--from-user) .ac-adaptiveCard";

    [Fact]
    public async Task ChatPage_StandInBot_QuestionTypedInWebChatGetsTheCardReply()
    {
        await using var bot = await StandInBot.StartAsync();
        await using var local = await ChatHarness.StartAsync(bot.MessagesUrl);

        var card = await AskAsync(local, "how did CATL do?", "chat-standin.png");

        Assert.Contains("+9%", card, StringComparison.Ordinal);
        Assert.Contains("You asked: how did CATL do?", card, StringComparison.Ordinal);
        // The page's user, the same in the welcome's conversationUpdate (DirectLineJS names it when starting) and the message.
        var joined = Assert.Single(bot.Received, a => a.Type == "conversationUpdate").MembersAdded![1].Id;
        Assert.StartsWith("user-", joined, StringComparison.Ordinal);
        Assert.Contains(bot.Received, a => a is { Type: "message", Text: "how did CATL do?", ChannelId: "webchat" } && a.From?.Id == joined);
    }

    // The product end to end: the app's own POST /api/messages (the bot, in local development mode) answers from the
    // samples the local run ingested. Fails until the bot endpoint replaces the 501 placeholder.
    [Fact]
    public async Task ChatPage_RealBot_CatlQuestionGetsTheCardWithBothListings()
    {
        await using var local = await ChatHarness.StartAsync(null);

        var card = await AskAsync(local, "how did CATL do?", "chat.png");

        Assert.Contains("+9%", card, StringComparison.Ordinal);
        Assert.Contains("+10.2%", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChatPage_WebChatUnavailable_SaysWhyAndWhatToDo()
    {
        using var cache = new TempDirectory();
        await using var local = await ChatHarness.StartAsync(null, new Dictionary<string, string?>
        {
            [Recaps.Functions.Local.Chat.ChatOptions.CacheFolderSetting] = cache.Path,
            [Recaps.Functions.Local.Chat.ChatOptions.WebChatPackageUrlSetting] = $"http://127.0.0.1:{WebChatFetcherTests.ClosedPort()}/botframework-webchat-4.18.1.tgz",
        });
        await local.Run.ChatWarmup;
        await using var browser = await ChatBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();

        await page.GotoAsync(local.BaseAddress.ToString());
        var problem = page.Locator("#problem");
        await problem.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 15_000 });

        var text = await problem.InnerTextAsync();
        var path = ChatBrowser.Artifact("chat-unavailable.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        output.WriteLine($"screenshot: {path}");
        Assert.Contains("Web Chat is unavailable", text, StringComparison.Ordinal);
        Assert.Contains("cannot be reached", text, StringComparison.Ordinal);
        Assert.Contains("LocalChat__WebChatScript", text, StringComparison.Ordinal);
        Assert.True(await page.Locator("#webchat").IsHiddenAsync());
    }

    /// <summary>Opens the page, types <paramref name="question"/> into Web Chat's send box, and returns the text of the bot's reply card.</summary>
    private async Task<string> AskAsync(LocalRunHarness local, string question, string screenshot)
    {
        await local.Run.ChatWarmup;
        await using var browser = await ChatBrowser.LaunchAsync();
        var page = await browser.Context.NewPageAsync();
        var problems = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Enqueue(error);

        await page.GotoAsync(local.BaseAddress.ToString());
        await SendAsync(page, question);
        var card = page.Locator(BotCard).Filter(new LocatorFilterOptions { HasText = "+9%" }).First;
        string? text = null;
        try
        {
            await card.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 30_000 });
            text = await card.InnerTextAsync();
        }
        catch (TimeoutException)
        {
            // Left for the failure below, with what the page and the run said.
        }
        var path = ChatBrowser.Artifact(screenshot);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
        if (text is null)
        {
            var transcript = await page.Locator("#webchat").InnerTextAsync();
            Assert.Fail($"No reply card with \"+9%\" within 30 s of asking \"{question}\".\nThe page showed:\n{transcript}\n"
                + $"The local run said:\n{local.Output.Text}\nBrowser errors:\n{string.Join('\n', problems)}\nScreenshot: {path}");
        }
        // Web Chat within the page's Content-Security-Policy: nothing refused, no script errors.
        Assert.Empty(problems);
        return text;
    }

    // Web Chat ignores Enter until its Direct Line has connected (the conversation started): it keeps the text, so
    // press again until the box empties, as a person would.
    private static async Task SendAsync(IPage page, string question)
    {
        var box = page.Locator(SendBox);
        await box.FillAsync(question, new LocatorFillOptions { Timeout = 30_000 });
        for (var attempt = 0; attempt < 20 && await box.InputValueAsync() == question; attempt++)
        {
            await box.PressAsync("Enter");
            await Task.Delay(500);
        }
        Assert.True(await box.InputValueAsync() == "", $"Web Chat did not take \"{question}\" from its send box within 10 s");
    }
}
