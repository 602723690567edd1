using Microsoft.AspNetCore.Http;
using Recaps.Bot.Hosting;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Bot;

/// <summary>
/// The Messages function: <c>POST /api/messages</c> as the Functions host forwards it (the raw HTTP request), handed
/// to <see cref="BotEndpoint"/> with the body read up to its limit.
/// </summary>
internal sealed class MessagesInvocation(BotEndpoint endpoint)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await Bounded.ReadAsync(request, BotEndpoint.MaxBodyBytes, cancellationToken).ConfigureAwait(false) is not { } body)
        {
            return new BotHttpResult(TooLarge);
        }
        var response = await endpoint.HandleAsync(body, request.Headers.Authorization.ToString(), cancellationToken).ConfigureAwait(false);
        return new BotHttpResult(response);
    }

    private static BotResponse TooLarge { get; } =
        BotResponse.Error(413, "PayloadTooLarge", $"An activity is at most {BotEndpoint.MaxBodyBytes / 1024} KB.");
}
