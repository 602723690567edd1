using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Protocol;

namespace Recaps.Functions.Tests.Local.Chat;

/// <summary>
/// A bot on a real Kestrel listener that the local chat forwards to: it records every activity, welcomes on a
/// conversationUpdate, and answers a message with a typing indicator and a reply holding a small Adaptive Card
/// ("CATL +9%"), posted to the activity's serviceUrl as a real bot does before it answers 200. A message "fail"
/// gets a 500.
/// </summary>
internal sealed class StandInBot : IAsyncDisposable
{
    public const string Welcome = "Welcome to the stand-in bot.";

    private readonly WebApplication _app;
    private readonly HttpClient _connector = new(new SocketsHttpHandler { UseProxy = false });

    private StandInBot(WebApplication app) => _app = app;

    public ConcurrentQueue<Activity> Received { get; } = new();

    /// <summary>What the connector answered each post of the bot's (status and body).</summary>
    public ConcurrentQueue<(HttpStatusCode Status, string Body)> ConnectorAnswers { get; } = new();

    public Uri MessagesUrl => new(new Uri(_app.Urls.First()), "/api/messages");

    public static async Task<StandInBot> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new StandInBot(app);
        app.MapPost("/api/messages", bot.OnActivityAsync);
        await app.StartAsync();
        return bot;
    }

    /// <summary>The card the stand-in replies with: what the browser test looks for.</summary>
    public static JsonNode Card(string question) => new JsonObject
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = "CATL", ["weight"] = "Bolder", ["size"] = "Medium" },
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Shenzhen +9% (stand-in)", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"You asked: {question}", ["wrap"] = true, ["isSubtle"] = true }),
    };

    private async Task<IResult> OnActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancellationToken);
        var activity = ActivityJson.Read(body.ToArray());
        Received.Enqueue(activity);
        if (activity.Type == ActivityTypes.ConversationUpdate)
        {
            await SendAsync(activity, null, new Activity { Type = ActivityTypes.Message, Text = Welcome }, cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message && activity.Text == "fail")
        {
            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await SendAsync(activity, null, new Activity { Type = ActivityTypes.Typing }, cancellationToken);
            var reply = activity.CreateReply($"You said: {activity.Text}") with
            {
                Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = Card(activity.Text ?? "") }],
            };
            await SendAsync(activity, activity.Id, reply, cancellationToken);
        }
        return Results.Ok();
    }

    private async Task SendAsync(Activity to, string? replyToId, Activity send, CancellationToken cancellationToken)
    {
        var conversation = Uri.EscapeDataString(to.Conversation!.Id!);
        var path = replyToId is null ? $"v3/conversations/{conversation}/activities" : $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyToId)}";
        using var content = new ByteArrayContent(ActivityJson.Write(send with { From = to.Recipient, Recipient = to.From, Conversation = to.Conversation }));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _connector.PostAsync(new Uri(new Uri(to.ServiceUrl!), path), content, cancellationToken);
        ConnectorAnswers.Enqueue((response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _connector.Dispose();
    }
}
