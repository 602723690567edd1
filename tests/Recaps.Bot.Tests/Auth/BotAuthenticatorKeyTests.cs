using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

/// <summary>Fetching, caching and refreshing the signing keys, against a real HTTP stand-in.</summary>
public sealed class BotAuthenticatorKeyTests
{
    private const string Teams = "msteams";
    private const string BotConnectorMetadata = "/botframework/v1/.well-known/openidconfiguration";

    [Fact]
    public async Task AuthenticateAsync_SecondToken_UsesCachedKeys()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        var second = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(second.Succeeded, second.Failure);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AuthenticateAsync_ConcurrentFirstRequests_FetchOnce()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var header = new TestToken { Key = key }.Header();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            authenticator.AuthenticateAsync(header, Teams, TestToken.TeamsServiceUrl, CancellationToken.None)));

        Assert.All(results, result => Assert.True(result.Succeeded, result.Failure));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKid_RefreshesAndAcceptsRotatedKey()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var oldKey = new TestSigningKey("k1", Teams);
        using var newKey = new TestSigningKey("k2", Teams);
        server.BotConnectorKeys = [oldKey];
        var clock = new ManualClock(TestToken.Now);
        var authenticator = TestBots.Authenticator(server, clock);
        var first = await authenticator.AuthenticateAsync(new TestToken { Key = oldKey }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        server.BotConnectorKeys = [newKey];
        clock.Now += TimeSpan.FromMinutes(6);

        var rotated = await authenticator.AuthenticateAsync(new TestToken { Key = newKey, IssuedAt = clock.Now }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(first.Succeeded, first.Failure);
        Assert.True(rotated.Succeeded, rotated.Failure);
        Assert.Equal(2, server.Requests.Count(path => path == BotConnectorMetadata));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidWithinMinimumRefreshInterval_RejectedWithoutFetching()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var known = new TestSigningKey("k1", Teams);
        using var unknown = new TestSigningKey("attacker-kid", Teams);
        server.BotConnectorKeys = [known];
        var clock = new ManualClock(TestToken.Now);
        var authenticator = TestBots.Authenticator(server, clock);
        await authenticator.AuthenticateAsync(new TestToken { Key = known }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        clock.Now += TimeSpan.FromMinutes(1);

        var results = new List<BotAuthResult>();
        for (var i = 0; i < 10; i++)
        {
            results.Add(await authenticator.AuthenticateAsync(new TestToken { Key = unknown }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None));
        }

        Assert.All(results, result => Assert.Equal(AuthFailures.UnknownSigningKey, result.Failure));
        Assert.All(results, result => Assert.False(result.Unavailable));
        Assert.Equal(1, server.Requests.Count(path => path == BotConnectorMetadata));
    }

    [Fact]
    public async Task AuthenticateAsync_KeysOlderThanRefreshInterval_FetchesAgain()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var clock = new ManualClock(TestToken.Now);
        var authenticator = TestBots.Authenticator(server, clock);
        await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        clock.Now += TimeSpan.FromHours(25);

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key, IssuedAt = clock.Now }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(2, server.Requests.Count(path => path == BotConnectorMetadata));
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerDown_Unavailable()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        server.Down = true;
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.True(result.Unavailable);
        Assert.Equal(AuthFailures.MetadataUnavailable, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerUnreachable_Unavailable()
    {
        int port;
        await using (var stopped = await OpenIdStandIn.StartAsync())
        {
            port = stopped.BaseAddress.Port;
        }
        using var key = new TestSigningKey("k1", Teams);
        var options = new BotAuthOptions { BotConnectorMetadataUrl = new Uri($"http://127.0.0.1:{port}/botframework/v1/.well-known/openidconfiguration"), RequireHttpsMetadata = false };
        var authenticator = TestBots.Authenticator(options, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Unavailable);
        Assert.Equal(AuthFailures.MetadataUnavailable, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MetadataServerBackAfterRetryInterval_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        server.Down = true;
        var clock = new ManualClock(TestToken.Now);
        var authenticator = TestBots.Authenticator(server, clock);
        var header = new TestToken { Key = key }.Header();
        var whileDown = await authenticator.AuthenticateAsync(header, Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        server.Down = false;

        var tooSoon = await authenticator.AuthenticateAsync(header, Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        clock.Now += TimeSpan.FromSeconds(31);
        var later = await authenticator.AuthenticateAsync(header, Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(whileDown.Unavailable);
        Assert.True(tooSoon.Unavailable);
        Assert.True(later.Succeeded, later.Failure);
        Assert.Equal(2, server.Requests.Count(path => path == BotConnectorMetadata));
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKidWhileServerDown_UnavailableAndOldKeysStillWork()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var oldKey = new TestSigningKey("k1", Teams);
        using var newKey = new TestSigningKey("k2", Teams);
        server.BotConnectorKeys = [oldKey];
        var clock = new ManualClock(TestToken.Now);
        var authenticator = TestBots.Authenticator(server, clock);
        await authenticator.AuthenticateAsync(new TestToken { Key = oldKey }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        server.Down = true;
        clock.Now += TimeSpan.FromMinutes(6);

        var unknown = await authenticator.AuthenticateAsync(new TestToken { Key = newKey, IssuedAt = clock.Now }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);
        var known = await authenticator.AuthenticateAsync(new TestToken { Key = oldKey, IssuedAt = clock.Now }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(unknown.Unavailable);
        Assert.True(known.Succeeded, known.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_HttpMetadataWhenHttpsRequired_Unavailable()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now), options: server.Options with { RequireHttpsMetadata = true });

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Unavailable);
        Assert.Empty(server.Requests);
    }
}
