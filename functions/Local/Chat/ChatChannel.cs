using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Local.Chat;

/// <summary>
/// The channel between the chat page and the bot: stamps what the user sends as Direct Line does and forwards it,
/// and keeps what the bot sends back (to this app, its <c>serviceUrl</c>) for the page to poll.
/// </summary>
internal sealed partial class ChatChannel(
    ChatConversations conversations, ChatBotClient bot, ChatAddress address, ChatOptions options, TimeProvider time, LocalConsole console, ILogger<ChatChannel> logger)
{
    /// <summary>The channel Web Chat is, to the bot (Azure Bot Service's Web Chat channel says the same).</summary>
    public const string ChannelId = "webchat";

    public static ChannelAccount BotAccount { get; } = new() { Id = "recaps-bot", Name = "Market Recaps", Role = "bot" };

    /// <summary>Opens a conversation and tells the bot who joined, so it can welcome them; a bot failure only gets logged, as on Azure.</summary>
    public async Task<IResult> StartAsync(ChannelAccount? user, CancellationToken cancellationToken)
    {
        var member = user is { Id.Length: > 0 } ? user with { Role = "user" } : new ChannelAccount { Id = "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), Role = "user" };
        var conversation = conversations.Create(member);
        var update = Stamp(conversation, new Activity { Type = ActivityTypes.ConversationUpdate, From = member, MembersAdded = [BotAccount, member] }, $"{conversation.Id}|start");
        if (await bot.SendAsync(update, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            Refused(refusal);
        }
        var started = new DirectLineConversation(conversation.Id, "local-" + conversation.Id, (int)options.ConversationIdle.TotalSeconds);
        return Results.Json(started, DirectLineJson.Default.DirectLineConversation, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>The user's activity into the transcript, then to the bot; taken back out if the bot refuses it.</summary>
    public async Task<IResult> PostAsync(string conversationId, Activity posted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return ChatResults.NoConversation(conversationId);
        }
        var from = posted.From is { Id.Length: > 0 } sender ? sender with { Role = sender.Role ?? "user" } : conversation.User;
        var (activity, position) = conversation.Add(id => Stamp(conversation, posted with { From = from }, id));
        if (await bot.SendAsync(activity, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            conversation.Withdraw(position);
            Refused(refusal);
            return ChatResults.Error(refusal.Status, refusal.Error);
        }
        return ChatResults.Id(activity.Id!);
    }

    public IResult Get(string conversationId, int watermark) =>
        conversations.Find(conversationId) is { } conversation
            ? Results.Json(conversation.Since(watermark), DirectLineJson.Default.ActivitySet)
            : ChatResults.NoConversation(conversationId);

    /// <summary>An activity from the bot (a reply, a typing indicator, a proactive message), from the bot whatever it says.</summary>
    public IResult Receive(string conversationId, string? replyToId, Activity sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return ChatResults.NoConversation(conversationId);
        }
        var (activity, _) = conversation.Add(id => sent with
        {
            Id = id,
            Timestamp = time.GetUtcNow(),
            ChannelId = ChannelId,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = BotAccount,
            ReplyToId = replyToId ?? sent.ReplyToId,
            ServiceUrl = null,
        });
        return ChatResults.Id(activity.Id!);
    }

    /// <summary>The activity in <paramref name="body"/>, or null when it is not one.</summary>
    public static Activity? Read(byte[] body)
    {
        try
        {
            return ActivityJson.Read(body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private Activity Stamp(ChatConversation conversation, Activity activity, string id) => activity with
    {
        Id = id,
        Timestamp = time.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = address.ServiceUrl.ToString(),
        Conversation = new ConversationAccount { Id = conversation.Id },
        Recipient = BotAccount,
    };

    private void Refused(BotRefusal refusal)
    {
        LogRefused(logger, refusal.Error.Error.Code, refusal.Error.Error.Message);
        // The person at the page sees only "send failed"; the reason belongs where they started the run.
        console.Event($"chat: {refusal.Error.Error.Message}");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The bot refused an activity ({Code}): {Reason}")]
    private static partial void LogRefused(ILogger logger, string code, string reason);
}
