namespace Recaps.Bot.Connector;

/// <summary>The bearer token the bot presents to a channel's connector (PROTOCOLS.md 2.3).</summary>
public interface IBotTokenProvider
{
    /// <summary>A valid token, or null in local development mode, where replies go out without one.</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
