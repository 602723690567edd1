using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The Bot Connector operations the bot calls on its <c>serviceUrl</c> (this app) to talk in a local chat
/// (PROTOCOLS.md 2.4): reply to an activity, and send to a conversation.
/// </summary>
internal static class ConnectorEndpoints
{
    public static IEndpointRouteBuilder MapConnector(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var connector = app.MapGroup("/v3/conversations/{conversationId}/activities").ExcludeFromDescription();
        connector.MapPost("/", (ChatChannel channel, ChatOptions options, string conversationId, HttpRequest request, CancellationToken ct) =>
            ReceiveAsync(channel, options, conversationId, null, request, ct));
        connector.MapPost("/{activityId}", (ChatChannel channel, ChatOptions options, string conversationId, string activityId, HttpRequest request, CancellationToken ct) =>
            ReceiveAsync(channel, options, conversationId, activityId, request, ct));
        return app;
    }

    private static async Task<IResult> ReceiveAsync(ChatChannel channel, ChatOptions options, string conversationId, string? replyToId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await Bounded.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ChatResults.TooLarge(options.MaxBodyBytes);
        }
        return ChatChannel.Read(body) is { } activity
            ? channel.Receive(conversationId, replyToId, activity)
            : ChatResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
    }
}
