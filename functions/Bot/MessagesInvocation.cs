using System.Buffers;
using Microsoft.AspNetCore.Http;
using Recaps.Bot.Hosting;

namespace Recaps.Functions.Bot;

/// <summary>
/// The Messages function: <c>POST /api/messages</c> as the Functions host forwards it (the raw HTTP request), handed
/// to <see cref="BotEndpoint"/> with the body read up to its limit.
/// </summary>
internal sealed class MessagesInvocation(BotEndpoint endpoint)
{
    public async Task<IResult> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > BotEndpoint.MaxBodyBytes)
        {
            return new BotHttpResult(TooLarge);
        }
        var body = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await request.Body.ReadAsync(body.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }
            body.Advance(read);
            if (body.WrittenCount > BotEndpoint.MaxBodyBytes)
            {
                return new BotHttpResult(TooLarge);
            }
        }
        var response = await endpoint.HandleAsync(body.WrittenMemory, request.Headers.Authorization.ToString(), cancellationToken).ConfigureAwait(false);
        return new BotHttpResult(response);
    }

    private static BotResponse TooLarge { get; } =
        BotResponse.Error(413, "PayloadTooLarge", $"An activity is at most {BotEndpoint.MaxBodyBytes / 1024} KB.");
}
