using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// Where the local run was bound, as the chat needs it: the <c>serviceUrl</c> the bot replies to (this app), the bot
/// endpoint it forwards to (this app's own unless configured), and the page's address for the start-up banner.
/// Known once the server listens, which is before any request.
/// </summary>
internal sealed class ChatAddress(IServer server, ChatOptions options)
{
    private static readonly string[] Wildcards = ["0.0.0.0", "[::]", "::", "+", "*"];

    /// <summary>This app, with a trailing slash (replies go to <c>{serviceUrl}v3/conversations/...</c>).</summary>
    public Uri ServiceUrl => field ??= Loopback(Bound());

    public Uri BotUrl => options.BotUrl ?? new Uri(ServiceUrl, "api/messages");

    /// <summary>The chat page as a browser on this machine opens it.</summary>
    public Uri PageUrl
    {
        get
        {
            var bound = new UriBuilder(Bound());
            if (Wildcards.Contains(bound.Host, StringComparer.Ordinal))
            {
                bound.Host = "localhost";
            }
            return new Uri(bound.Uri, "/");
        }
    }

    private Uri Bound()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException("The local run is not listening on http yet.");
        return new Uri(first.Replace("//+:", "//0.0.0.0:", StringComparison.Ordinal).Replace("//*:", "//0.0.0.0:", StringComparison.Ordinal));
    }

    // An IP literal: the bot sends replies without a token only to loopback service URLs, and "localhost" is a name
    // it would have to trust; a wildcard binding is reachable on loopback too.
    private static Uri Loopback(Uri bound)
    {
        var builder = new UriBuilder(bound) { Path = "/" };
        if (Wildcards.Contains(builder.Host, StringComparer.Ordinal) || builder.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            builder.Host = "127.0.0.1";
        }
        return builder.Uri;
    }
}
