using Microsoft.Extensions.Logging.Abstractions;
using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

/// <summary>Bot identities and an authenticator pointed at a stand-in.</summary>
internal static class TestBots
{
    public const string TenantId = "0d9a3f1e-1111-4222-8333-444455556666";

    private static readonly HttpClient Http = new();

    public static BotSettings SingleTenant { get; } = new()
    {
        AppType = BotAppType.SingleTenant,
        AppId = TestToken.AppId,
        AppPassword = "not-used-inbound",
        TenantId = TenantId,
    };

    public static BotAuthenticator Authenticator(OpenIdStandIn server, TimeProvider clock, BotSettings? settings = null, BotAuthOptions? options = null) =>
        Authenticator(options ?? server.Options, clock, settings);

    public static BotAuthenticator Authenticator(BotAuthOptions options, TimeProvider clock, BotSettings? settings = null) =>
        new(settings ?? SingleTenant, options, Http, clock, NullLogger<BotAuthenticator>.Instance);
}
