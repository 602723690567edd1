namespace Recaps.Bot.Conversations;

/// <summary>What the bot says of itself: welcome, hints, limits and apologies; answers come from the answer service.</summary>
internal static class BotTexts
{
    public static IReadOnlyList<string> Examples { get; } =
        ["how did CATL do?", "top gainers yesterday", "why did Smoore jump?", "how was the market?"];

    public static BotReply Welcome { get; } = BotReply.Say(
        "Hi, I'm Market Recaps.\n"
        + "I answer questions about the markets from the daily recap articles I have read: how a stock or index did, "
        + "top gainers and losers, sector moves, and why something moved.\n"
        + "Every answer gives the session date and cites its source recap.\n"
        + "Say \"subscribe\" to get the daily digest each morning (\"subscribe 08:30 Asia/Hong_Kong\" for another time), "
        + "\"digest\" to see it now, or \"help\" for more.",
        Examples);

    /// <summary>The bot's commands, added to the answer service's help.</summary>
    public static IReadOnlyList<string> Commands { get; } =
    [
        "Commands:",
        "- subscribe [HH:mm] [time zone]: the daily digest here (09:00 in your time zone, or UTC, unless you say)",
        "- unsubscribe: stop the daily digest",
        "- digest: the latest digest now",
    ];

    public static BotReply Empty { get; } = BotReply.Say(
        "Ask me about the markets, for example \"how did CATL do?\", or say \"help\".", Examples[0], "help");

    public static BotReply TooLong { get; } = BotReply.Say(
        "That's a lot of text. Please ask one question at a time, for example \"how did CATL do?\".");

    public static BotReply StorageDown { get; } = BotReply.Say(
        "I can't reach the market data right now; please try again in a minute.");

    public static BotReply Failed { get; } = BotReply.Say(
        "Sorry, something went wrong on my side while answering that. Please try again in a moment.");
}
