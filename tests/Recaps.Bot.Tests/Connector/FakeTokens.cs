using Recaps.Bot.Connector;

namespace Recaps.Bot.Tests.Connector;

/// <summary>A token provider that hands out a fixed token and counts how often it was asked.</summary>
internal sealed class FakeTokens(string? token) : IBotTokenProvider
{
    private int _calls;

    public int Calls => _calls;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return ValueTask.FromResult(token);
    }
}
