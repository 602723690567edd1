using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Handler;

/// <summary>
/// Opens the <see cref="InvocationScope"/> of a function endpoint (named after the function) for the duration of the
/// call, with the host's invocation id, or a local one when a person calls the endpoint by hand.
/// </summary>
internal sealed class InvocationFilter(ILogger<InvocationFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var function = http.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? http.Request.Path.Value ?? "";
        var id = http.Request.Headers[InvocationScope.Header].ToString() is { Length: > 0 } header ? header : "local-" + Guid.NewGuid().ToString("N");
        var scope = new InvocationScope(function, id);
        http.Items[typeof(InvocationScope)] = scope;
        using (logger.BeginScope(scope))
        {
            return await next(context).ConfigureAwait(false);
        }
    }

    /// <summary>The scope the filter opened for this request.</summary>
    public static InvocationScope ScopeOf(HttpContext http) =>
        http.Items[typeof(InvocationScope)] as InvocationScope ?? throw new InvalidOperationException("The endpoint has no InvocationFilter.");
}
