using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Recaps.Functions.Handler;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The Direct Line 3.0 subset Web Chat uses when it polls (PROTOCOLS.md 3.1), under <c>/directline</c> (the
/// <c>domain</c> the page gives <c>createDirectLine</c>): start a conversation, post an activity, get activities.
/// </summary>
internal static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var directLine = app.MapGroup("/directline/conversations").ExcludeFromDescription();
        directLine.MapPost("/", StartAsync);
        directLine.MapPost("/{conversationId}/activities", PostAsync);
        // DirectLineJS asks with an empty watermark (?watermark=) until it has one.
        directLine.MapGet("/{conversationId}/activities", (ChatChannel channel, string conversationId, string? watermark) =>
            int.TryParse(string.IsNullOrEmpty(watermark) ? "0" : watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var from)
                ? channel.Get(conversationId, from)
                : ChatResults.Error(StatusCodes.Status400BadRequest, "BadArgument", $"The watermark '{watermark}' is not one this channel gave."));
        return app;
    }

    private static async Task<IResult> StartAsync(ChatChannel channel, ChatOptions options, HttpRequest request, CancellationToken cancellationToken)
    {
        // Web Chat sends no body; a client that names its user sends {"user":{...}}.
        var body = await Bounded.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ChatResults.TooLarge(options.MaxBodyBytes);
        }
        StartConversationRequest? start = null;
        if (body.Length > 0)
        {
            try
            {
                start = JsonSerializer.Deserialize(body, DirectLineJson.Default.StartConversationRequest);
            }
            catch (JsonException)
            {
                return ChatResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not {\"user\":{\"id\":...}}.");
            }
        }
        return await channel.StartAsync(start?.User, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> PostAsync(ChatChannel channel, ChatOptions options, string conversationId, HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await Bounded.ReadAsync(request, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return ChatResults.TooLarge(options.MaxBodyBytes);
        }
        return ChatChannel.Read(body) is { } activity
            ? await channel.PostAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
            : ChatResults.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
    }
}
