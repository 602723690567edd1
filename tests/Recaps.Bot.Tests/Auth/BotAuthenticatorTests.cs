using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

public sealed class BotAuthenticatorTests
{
    private const string Teams = "msteams";

    [Fact]
    public async Task AuthenticateAsync_ValidBotConnectorToken_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams, "webchat");
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
        Assert.False(result.Anonymous);
        Assert.False(result.Unavailable);
        Assert.Equal(TestToken.BotConnectorIssuer, result.Issuer);
        Assert.Equal(TestToken.TeamsServiceUrl, result.Identity?.FindFirst("serviceurl")?.Value);
    }

    [Fact]
    public async Task AuthenticateAsync_RS512Token_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, Algorithm = "RS512" };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongIssuer_RejectedWithoutFetching()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, Issuer = "https://api.botframework.com.example.net" };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Unavailable);
        Assert.Equal(AuthFailures.UntrustedIssuer, result.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AuthenticateAsync_WrongAudience_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, Audience = "another-bot" };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthFailures.WrongAudience, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredBeyondClockSkew_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, IssuedAt = TestToken.Now.AddMinutes(-66), Lifetime = TimeSpan.FromHours(1) };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Unavailable);
        Assert.Equal(AuthFailures.Expired, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ExpiredWithinClockSkew_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, IssuedAt = TestToken.Now.AddMinutes(-64), Lifetime = TimeSpan.FromHours(1) };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NotYetValid_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, IssuedAt = TestToken.Now.AddMinutes(10) };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.NotYetValid, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_SignedByAnotherKeyWithSameKid_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var published = new TestSigningKey("k1", Teams);
        using var forged = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [published];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = forged }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Unavailable);
        Assert.Equal(AuthFailures.InvalidSignature, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ChannelNotInEndorsements_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", "webchat", "directline");
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthFailures.MissingEndorsement, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyWithoutEndorsements_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1");
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(new TestToken { Key = key }.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.MissingEndorsement, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlMismatch_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, ServiceUrl = "https://smba.trafficmanager.net/amer/" };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(AuthFailures.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInHostCaseAndTrailingSlash_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, ServiceUrl = "https://SMBA.trafficmanager.net/emea" };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, "https://smba.trafficmanager.net/emea/", CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_BotConnectorTokenWithoutServiceUrlClaim_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, ServiceUrl = null };

        var result = await authenticator.AuthenticateAsync(token.Header(), Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.MissingServiceUrlClaim, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_NoTokenWithAppId_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(null, Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Anonymous);
        Assert.False(result.Unavailable);
        Assert.Equal(AuthFailures.MissingToken, result.Failure);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz", AuthFailures.MissingToken)]
    [InlineData("Bearer ", AuthFailures.MissingToken)]
    [InlineData("Bearer not.a.jwt", AuthFailures.MalformedToken)]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.", AuthFailures.InvalidSignature)]
    public async Task AuthenticateAsync_NotABearerJwt_Rejected(string header, string failure)
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("k1", Teams);
        server.BotConnectorKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));

        var result = await authenticator.AuthenticateAsync(header, Teams, TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.StartsWith(failure, result.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthenticateAsync_NoTokenInDevelopment_SucceedsAnonymously()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now), BotSettings.Development);

        var result = await authenticator.AuthenticateAsync(null, "webchat", "http://localhost:3978/", CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.True(result.Anonymous);
        Assert.Null(result.Identity);
        Assert.Empty(server.Requests);
    }
}
