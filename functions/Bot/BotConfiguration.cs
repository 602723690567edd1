using Recaps.Bot;
using Recaps.Bot.Auth;
using Recaps.Bot.Connector;

namespace Recaps.Functions.Bot;

/// <summary>The bot's identity and where its token may go, read from the app settings once, at start-up.</summary>
internal sealed record BotConfiguration(BotSettings Settings, TrustedServiceUrls Trust)
{
    /// <summary>Where the callers' signing keys are published (tests point it at a local stand-in).</summary>
    public BotAuthOptions Auth { get; init; } = new();

    /// <summary>Local development: anonymous activities, replies to loopback URLs only, no token.</summary>
    public static BotConfiguration Development() => new(BotSettings.Development, new TrustedServiceUrls(BotSettings.Development));

    /// <summary>
    /// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c> and
    /// <c>BotServiceUrlHosts</c>. Throws <see cref="FormatException"/> naming the setting when one is malformed, so the
    /// app refuses to start rather than answer every activity with 401.
    /// </summary>
    public static BotConfiguration Read(Func<string, string?> settings)
    {
        var bot = BotSettings.FromSettings(settings);
        return new BotConfiguration(bot, TrustedServiceUrls.FromSettings(bot, settings));
    }
}
