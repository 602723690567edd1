using System.Text.Json;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Auth;
using Recaps.Bot.Connector;
using Recaps.Bot.Conversations;
using Recaps.Bot.Protocol;

namespace Recaps.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>, whatever hosts it: reads the activity, authenticates the caller (nothing is processed
/// before that), hands the activity to the bot and sends the replies through the channel's connector, inline: answers
/// take milliseconds, well inside the channel's 15 seconds. Errors are status codes with a JSON reason, never
/// exception text; the bot's own failures become an apology inside the turn.
/// </summary>
public sealed partial class BotEndpoint(
    BotSettings settings,
    BotAuthenticator authenticator,
    TrustedServiceUrls trusted,
    ConnectorClient connector,
    ITurnHandler bot,
    TimeProvider time,
    ILogger<BotEndpoint> logger)
{
    /// <summary>Direct Line refuses activities over 256K characters; anything bigger is not from a channel.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    /// <summary>A turn that takes longer than this shows the user a typing indicator.</summary>
    public static readonly TimeSpan TypingAfter = TimeSpan.FromSeconds(1);

    public async Task<BotResponse> HandleAsync(ReadOnlyMemory<byte> body, string? authorization, CancellationToken cancellationToken)
    {
        // Without a token there is nothing to check the body against: refuse before reading it.
        if (!settings.IsDevelopment && string.IsNullOrWhiteSpace(authorization))
        {
            LogRejected("no Authorization header");
            return BotResponse.Error(401, "Unauthorized", "A Bot Framework bearer token is required.");
        }
        Activity activity;
        try
        {
            activity = ActivityJson.Read(body.Span);
        }
        catch (JsonException)
        {
            return BotResponse.Error(400, "BadArgument", "The body is not a Bot Framework activity (JSON object).");
        }
        var auth = await authenticator.AuthenticateAsync(authorization, activity.ChannelId, activity.ServiceUrl, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            LogRejected(auth.Failure ?? "unknown");
            return auth.Unavailable
                ? BotResponse.Error(503, "ServiceUnavailable", "The caller's token cannot be checked right now.")
                : BotResponse.Error(401, "Unauthorized", "The bearer token is not valid for this bot.");
        }
        if (ActivityCheck.Problem(activity) is { } problem)
        {
            return BotResponse.Error(400, "BadArgument", problem);
        }
        if (!auth.Anonymous && activity.ServiceUrl is { } serviceUrl)
        {
            // The channel proved it owns this serviceUrl: replies (with our token) may go there.
            trusted.Trust(serviceUrl);
        }
        if (string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase))
        {
            var inline = await bot.OnTurnAsync(activity, cancellationToken).ConfigureAwait(false);
            return new BotResponse(200, JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(inline), BotJson.Default.ExpectedReplies));
        }
        var replies = await TurnWithTypingAsync(activity, cancellationToken).ConfigureAwait(false);
        var response = await SendAsync(replies, cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            // The user has no answer: when the channel re-sends the activity, answer it rather than drop it as seen.
            await bot.ForgetAsync(activity, CancellationToken.None).ConfigureAwait(false);
        }
        return response;
    }

    private async Task<IReadOnlyList<Activity>> TurnWithTypingAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = activity.Type == ActivityTypes.Message ? TypingAsync(activity, done.Token) : Task.CompletedTask;
        try
        {
            return await bot.OnTurnAsync(activity, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await done.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task TypingAsync(Activity activity, CancellationToken cancellationToken)
    {
        // The answer comes first on almost every turn: the delay ends without throwing then, since a cancelled delay
        // that throws costs every turn an exception (about a tenth of the CPU of a turn under load).
        await Task.Delay(TypingAfter, time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        if (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        try
        {
            await connector.SendTypingAsync(activity.GetConversationReference(), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The answer came while the indicator was being sent.
        }
        catch (ConnectorException ex)
        {
            LogTypingFailed((int?)ex.StatusCode);
        }
    }

    private async Task<BotResponse> SendAsync(IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            try
            {
                await connector.SendAsync(reply, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectorException ex)
            {
                // The activity is handled (and remembered as such); only the channel can say why it refused the reply.
                LogReplyFailed(reply.Conversation?.Id, (int?)ex.StatusCode, ex.ErrorCode);
                return BotResponse.Error(502, "BadGateway", "The reply could not be delivered to the channel.");
            }
        }
        return BotResponse.Ok;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an activity: {Reason}")]
    private partial void LogRejected(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The typing indicator could not be sent: {Status}")]
    private partial void LogTypingFailed(int? status);

    [LoggerMessage(Level = LogLevel.Error, Message = "A reply to conversation {Conversation} was refused by the channel: {Status} {Code}")]
    private partial void LogReplyFailed(string? conversation, int? status, string? code);
}
