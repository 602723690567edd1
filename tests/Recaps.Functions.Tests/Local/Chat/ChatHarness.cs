using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>Local runs whose chat talks to a stand-in bot, and JSON helpers for the Direct Line calls.</summary>
internal static class ChatHarness
{
    public static Task<LocalRunHarness> StartAsync(Uri? botUrl, IReadOnlyDictionary<string, string?>? more = null) =>
        LocalRunHarness.StartAsync(settings =>
        {
            var values = new Dictionary<string, string?>(settings.Settings!);
            if (botUrl is not null)
            {
                values[ChatOptions.BotUrlSetting] = botUrl.ToString();
            }
            foreach (var (name, value) in more ?? new Dictionary<string, string?>())
            {
                values[name] = value;
            }
            return settings with { Settings = values };
        });
}
