using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Auth;

namespace Recaps.Bot.Tests.Auth;

/// <summary>
/// A real HTTP server on loopback standing in for login.botframework.com and login.microsoftonline.com: OpenID
/// metadata and JWKS documents, with the keys a test puts in, and a log of what was asked.
/// </summary>
public sealed class OpenIdStandIn : IAsyncDisposable
{
    private const string BotConnectorMetadataPath = "/botframework/v1/.well-known/openidconfiguration";
    private const string BotConnectorKeysPath = "/botframework/v1/.well-known/keys";
    private const string EntraKeysPath = "/entra/discovery/keys";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _requests = new();

    private OpenIdStandIn(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyList<TestSigningKey> BotConnectorKeys { get; set; } = [];

    public IReadOnlyList<TestSigningKey> EntraKeys { get; set; } = [];

    /// <summary>While set, every request is answered 503.</summary>
    public bool Down { get; set; }

    /// <summary>Paths requested so far, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    public BotAuthOptions Options => new()
    {
        BotConnectorMetadataUrl = new Uri(BaseAddress, BotConnectorMetadataPath),
        EntraV1MetadataUrl = BaseAddress + "{tenant}/.well-known/openid-configuration",
        EntraV2MetadataUrl = BaseAddress + "{tenant}/v2.0/.well-known/openid-configuration",
        RequireHttpsMetadata = false,
    };

    public static async Task<OpenIdStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new OpenIdStandIn(app);
        app.Run(standIn.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return standIn;
    }

    private Task AnswerAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        _requests.Enqueue(path);
        if (Down)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }
        JsonNode? document = path switch
        {
            BotConnectorMetadataPath => Metadata("https://api.botframework.com", BotConnectorKeysPath),
            BotConnectorKeysPath => KeySet(BotConnectorKeys),
            EntraKeysPath => KeySet(EntraKeys),
            _ when path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal) => Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", EntraKeysPath),
            _ => null,
        };
        if (document is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(document.ToJsonString());
    }

    private JsonObject Metadata(string issuer, string keysPath) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, keysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private static JsonObject KeySet(IReadOnlyList<TestSigningKey> keys) => new()
    {
        ["keys"] = new JsonArray([.. keys.Select(key => key.ToJwk())]),
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
