namespace Recaps.Bot.Connector;

/// <summary>
/// How hard <see cref="ConnectorClient"/> tries. The defaults keep an inline reply, retries included, well inside
/// the 15 s a channel waits for the bot (PROTOCOLS.md 2.6): at most 4 attempts of at most 4 s, and no wait that
/// would overrun <see cref="Budget"/>. A longer Retry-After is not waited for: the caller gets it in
/// <see cref="ConnectorException.RetryAfter"/>.
/// </summary>
public sealed record ConnectorOptions
{
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first backoff; each retry doubles it, with ±20% jitter, up to <see cref="MaxDelay"/>.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(400);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>One request's time limit.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>No retry starts if its wait would end later than this after the first attempt began.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, BaseDelay);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(AttemptTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Budget, TimeSpan.Zero);
    }
}
