using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Tests.Connector;

/// <summary>
/// A channel's connector on a real Kestrel listener (127.0.0.1, a free port): records every request and answers as
/// <c>respond</c> says (by default 200 with an id). <see cref="Accepted"/> holds the activities it answered 2xx.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Func<ReceivedRequest, CancellationToken, Task<StandInReply>> _respond;

    private ConnectorStandIn(WebApplication app, Func<ReceivedRequest, CancellationToken, Task<StandInReply>> respond)
    {
        _app = app;
        _respond = respond;
    }

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    public ConcurrentQueue<ReceivedRequest> Accepted { get; } = new();

    /// <summary>The base URL, with a region path and trailing slash as Teams gives it.</summary>
    public string ServiceUrl { get; private set; } = "";

    public static async Task<ConnectorStandIn> StartAsync(Func<ReceivedRequest, CancellationToken, Task<StandInReply>>? respond = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app, respond ?? ((request, _) => Task.FromResult(StandInReply.Ok("1"))));
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        standIn.ServiceUrl = $"{address.TrimEnd('/')}/emea/";
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var received = new ReceivedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            ActivityJson.Read(body.ToArray()));
        Requests.Enqueue(received);
        var reply = await _respond(received, context.RequestAborted);
        if (reply.Status is >= 200 and < 300)
        {
            Accepted.Enqueue(received);
        }
        context.Response.StatusCode = reply.Status;
        if (reply.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = reply.RetryAfter;
        }
        if (reply.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Body, context.RequestAborted);
        }
    }
}
