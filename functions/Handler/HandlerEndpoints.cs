using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recaps.Functions.Bot;

namespace Recaps.Functions.Handler;

/// <summary>
/// The custom handler's HTTP surface, as the Functions host calls it (PROTOCOLS.md section 1): readiness on
/// <c>GET /</c>, one <c>POST /{FunctionName}</c> per non-HTTP function with the invocation envelope, and the
/// forwarded bot endpoint <c>POST /api/messages</c>. The local run maps the same functions, and its chat page at
/// <c>GET /</c> in place of the readiness text. Needs <see cref="HandlerServices.AddRecapFunctions"/>.
/// </summary>
internal static class HandlerEndpoints
{
    /// <summary><c>GET /</c>: what the host waits for before it sends invocations.</summary>
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Any response means ready to the host; a small body helps a person checking by hand.
        app.MapGet("/", () => Results.Text("recaps handler ready\n"));
        return app;
    }

    public static IEndpointRouteBuilder MapRecapFunctions(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var functions = app.MapGroup("").AddEndpointFilter<InvocationFilter>();
        functions.MapPost("/IngestRecap", (RecapInvocations f, HttpRequest request, CancellationToken ct) => f.IngestRecapAsync(request, ct))
            .WithName("IngestRecap");
        functions.MapPost("/SweepRecaps", (RecapInvocations f, HttpRequest request, CancellationToken ct) => f.SweepRecapsAsync(request, ct))
            .WithName("SweepRecaps");
        functions.MapPost("/DailyDigest", (RecapInvocations f, HttpRequest request, CancellationToken ct) => f.DailyDigestAsync(request, ct))
            .WithName("DailyDigest");

        // Forwarded as the raw HTTP request (enableForwardingHttpRequest), at its original path.
        functions.MapPost("/api/messages", (MessagesInvocation m, HttpRequest request, CancellationToken ct) => m.HandleAsync(request, ct))
            .WithName("Messages");
        return app;
    }
}
