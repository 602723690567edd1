using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The chat page at <c>GET /</c> of the local run, its script and style, and Web Chat itself (<c>/chat/webchat.js</c>).
/// </summary>
internal static class ChatPageEndpoints
{
    // Scripts and data only from this app. Web Chat styles itself with injected style elements, and Adaptive Cards
    // and avatars may use data: images.
    private const string Policy = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", (HttpResponse response) => Page(response, "index.html", "text/html; charset=utf-8"));
        var assets = app.MapGroup("/chat").ExcludeFromDescription();
        assets.MapGet("/chat.js", (HttpResponse response) => Page(response, "chat.js", "text/javascript; charset=utf-8"));
        assets.MapGet("/chat.css", (HttpResponse response) => Page(response, "chat.css", "text/css; charset=utf-8"));
        assets.MapGet("/webchat.js", WebChatAsync);
        return app;
    }

    private static IResult Page(HttpResponse response, string name, string contentType)
    {
        Secure(response);
        // Small and part of the app: always revalidated, so a new build's page is picked up on reload.
        response.Headers.CacheControl = "no-cache";
        return Results.Bytes(ChatPageFiles.Get(name), contentType);
    }

    private static async Task<IResult> WebChatAsync(WebChatScripts scripts, ChatOptions options, HttpResponse response, CancellationToken cancellationToken)
    {
        Secure(response);
        var script = await scripts.GetAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        if (script.Content is null)
        {
            response.Headers.CacheControl = "no-store";
            return Results.Text(
                $"{script.Problem}.\nThe local run fetches botframework-webchat {options.Package.Version} once from {options.Package.Tarball.Host} and caches it; "
                + $"check the network and reload, or set {ChatOptions.WebChatScriptSetting.Replace(":", "__", StringComparison.Ordinal)} to a webchat.js file and restart.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        // The pinned version's bytes never change (the page asks for ?v=version); a file of one's own may.
        response.Headers.CacheControl = options.WebChatScript is null ? "public, max-age=31536000, immutable" : "no-cache";
        return Results.Bytes(script.Content, "text/javascript; charset=utf-8");
    }

    private static void Secure(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = Policy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }
}
