using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

public sealed class BotAuthenticatorEntraTests
{
    private const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
    private const string ServiceAppId = "5a1b0c77-2222-4333-8444-aaaabbbbcccc";

    [Fact]
    public async Task AuthenticateAsync_EntraV2TokenFromBotTenant_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken
        {
            Key = key,
            Issuer = $"https://login.microsoftonline.com/{TestBots.TenantId}/v2.0",
            ServiceUrl = null,
            Claims = new Dictionary<string, object> { ["azp"] = ServiceAppId, ["ver"] = "2.0", ["tid"] = TestBots.TenantId },
        };

        var result = await authenticator.AuthenticateAsync(token.Header(), "msteams", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(ServiceAppId, result.CallerAppId);
        Assert.Equal([$"/{TestBots.TenantId}/v2.0/.well-known/openid-configuration", "/entra/discovery/keys"], server.Requests);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraV1TokenFromBotFrameworkTenant_Succeeds()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken
        {
            Key = key,
            Issuer = $"https://sts.windows.net/{BotFrameworkTenant}/",
            Claims = new Dictionary<string, object> { ["appid"] = ServiceAppId, ["ver"] = "1.0" },
        };

        var result = await authenticator.AuthenticateAsync(token.Header(), "emulator", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.True(result.Succeeded, result.Failure);
        Assert.Equal(ServiceAppId, result.CallerAppId);
        Assert.Equal($"/{BotFrameworkTenant}/.well-known/openid-configuration", server.Requests[0]);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromForeignTenant_RejectedWithoutFetching()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken { Key = key, Issuer = "https://login.microsoftonline.com/9e8d7c6b-5a49-4382-9170-fedcba987654/v2.0" };

        var result = await authenticator.AuthenticateAsync(token.Header(), "msteams", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.False(result.Unavailable);
        Assert.Equal(AuthFailures.UntrustedIssuer, result.Failure);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenWithOtherServiceUrl_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken
        {
            Key = key,
            Issuer = $"https://login.microsoftonline.com/{TestBots.TenantId}/v2.0",
            ServiceUrl = "https://attacker.example.com/",
        };

        var result = await authenticator.AuthenticateAsync(token.Header(), "msteams", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.ServiceUrlMismatch, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenForOtherAudience_Rejected()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now));
        var token = new TestToken
        {
            Key = key,
            Issuer = $"https://login.microsoftonline.com/{TestBots.TenantId}/v2.0",
            Audience = "https://graph.microsoft.com",
        };

        var result = await authenticator.AuthenticateAsync(token.Header(), "msteams", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.WrongAudience, result.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_MultiTenantBotWithBotTenantIssuer_RejectedWithoutFetching()
    {
        await using var server = await OpenIdStandIn.StartAsync();
        using var key = new TestSigningKey("entra-1");
        server.EntraKeys = [key];
        var settings = new BotSettings { AppType = BotAppType.MultiTenant, AppId = TestToken.AppId, AppPassword = "x" };
        var authenticator = TestBots.Authenticator(server, new ManualClock(TestToken.Now), settings);
        var token = new TestToken { Key = key, Issuer = $"https://login.microsoftonline.com/{TestBots.TenantId}/v2.0" };

        var result = await authenticator.AuthenticateAsync(token.Header(), "msteams", TestToken.TeamsServiceUrl, CancellationToken.None);

        Assert.Equal(AuthFailures.UntrustedIssuer, result.Failure);
        Assert.Empty(server.Requests);
    }
}
