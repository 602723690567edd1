using Microsoft.AspNetCore.Http;
using Recaps.Bot.Hosting;

namespace Recaps.Functions.Bot;

/// <summary>Writes a <see cref="BotResponse"/>: its status, and its JSON body when it has one.</summary>
internal sealed class BotHttpResult(BotResponse response) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = response.Status;
        if (response.Json is { } json)
        {
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.ContentLength = json.Length;
            await httpContext.Response.Body.WriteAsync(json, httpContext.RequestAborted).ConfigureAwait(false);
        }
    }
}
