using Azure.Core;
using Azure.Identity;
using Recaps.Bot.Connector;

namespace Recaps.Bot.Tests.Connector;

public sealed class BotTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2025, 5, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetTokenAsync_CalledTwice_FetchesOnceForTheBotFrameworkScope()
    {
        var clock = new TestClock(Start);
        var credential = new CountingCredential(clock);
        using var provider = new BotTokenProvider(credential, clock);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        clock.Now = Start.AddMinutes(30);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-1", first);
        Assert.Equal("token-1", second);
        Assert.Equal(1, credential.Calls);
        Assert.Equal([BotTokenProvider.Scope], credential.Scopes);
    }

    [Fact]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiry_FetchesANewToken()
    {
        var clock = new TestClock(Start);
        var credential = new CountingCredential(clock);
        using var provider = new BotTokenProvider(credential, clock);
        await provider.GetTokenAsync(CancellationToken.None);

        clock.Now = Start.AddMinutes(56);
        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", token);
        Assert.Equal(2, credential.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_ManyCallersAtOnce_FetchesOnce()
    {
        var clock = new TestClock(Start);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var credential = new CountingCredential(clock, gate.Task);
        using var provider = new BotTokenProvider(credential, clock);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, token => Assert.Equal("token-1", token));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task FromSettings_DevelopmentMode_GivesNoToken()
    {
        using var provider = BotTokenProvider.FromSettings(BotSettings.Development, new TestClock(Start));

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public void CreateCredential_EachAppType_UsesTheMatchingAzureIdentityCredential()
    {
        var single = new BotSettings { AppType = BotAppType.SingleTenant, AppId = "app", AppPassword = "secret", TenantId = "tenant-1" };

        Assert.IsType<ClientSecretCredential>(BotTokenProvider.CreateCredential(single));
        Assert.IsType<ClientSecretCredential>(BotTokenProvider.CreateCredential(single with { AppType = BotAppType.MultiTenant, TenantId = null }));
        Assert.IsType<ManagedIdentityCredential>(BotTokenProvider.CreateCredential(single with { AppType = BotAppType.UserAssignedMSI, AppPassword = null }));
        Assert.Null(BotTokenProvider.CreateCredential(BotSettings.Development));
    }

    /// <summary>Hands out token-1, token-2 … each valid for an hour from the clock's now, optionally after a gate opens.</summary>
    private sealed class CountingCredential(TestClock clock, Task? gate = null) : TokenCredential
    {
        private int _calls;

        public int Calls => _calls;

        public IReadOnlyList<string> Scopes { get; private set; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            GetTokenAsync(requestContext, cancellationToken).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            Scopes = requestContext.Scopes;
            if (gate is not null)
            {
                await gate;
            }
            return new AccessToken($"token-{call}", clock.Now.AddHours(1));
        }
    }
}
