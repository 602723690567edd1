using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Recaps.Benchmarks;

/// <summary>
/// `load-bot --app DIR [--conversations 100] [--seconds 30] [--warmup 10]`: the published function app's bot endpoint, as a
/// channel uses it. The handler runs as the Functions host starts it, in local development mode (no app id, so no
/// tokens), on its embedded store with the samples ingested through IngestRecap. A local listener stands in for the
/// channel's connector (the activities' serviceUrl). Each conversation asks its next question as soon as the reply to
/// the last one has arrived there; time to reply is from the POST to /api/messages to the reply reaching the channel.
/// </summary>
internal static class LoadBot
{
    private static readonly string[] Questions =
    [
        "how did CATL do?", "and yesterday?", "where did the Hang Seng close?", "top gainers", "why did Smoore jump?",
        "how did Xiaomi do on Wednesday?", "compare Geely and Li Auto", "what happened on 4 June?", "help",
    ];

    public static async Task<int> RunAsync(LoadArguments arguments)
    {
        var app = arguments.Value("--app");
        if (app is null || !File.Exists(Path.Combine(app, "host.json")))
        {
            Console.Error.WriteLine("load-bot needs --app DIR, a folder made by: dotnet publish functions -c Release -r linux-x64 -o DIR");
            return 2;
        }
        var conversations = arguments.Integer("--conversations", 100);
        var duration = TimeSpan.FromSeconds(arguments.Integer("--seconds", 30));
        var warmup = TimeSpan.FromSeconds(arguments.Integer("--warmup", 10));
        await using var channel = await ChannelListener.StartAsync().ConfigureAwait(false);
        var (handler, _) = await HandlerProcess.StartAsync(app, storage: null).ConfigureAwait(false);
        using (handler)
        {
            await IngestSamplesAsync(handler).ConfigureAwait(false);
            // One turn first (store opened, catalogue read), then --warmup seconds of the same load unmeasured: a cold
            // handler spends its first seconds under load compiling its hot paths, which is a cold start, not the
            // steady state; both are printed.
            await AskAsync(handler, channel, "warmup", "how did CATL do?", CancellationToken.None).ConfigureAwait(false);
            if (warmup > TimeSpan.Zero)
            {
                var (warm, warmErrors, warmElapsed) = await LoadAsync(handler, channel, conversations, warmup, "warm").ConfigureAwait(false);
                Report($"warm-up, {warmup.TotalSeconds:0} s (not the figure)", conversations, warm, warmErrors, warmElapsed);
            }
            var (latencies, errors, elapsed) = await LoadAsync(handler, channel, conversations, duration, "load").ConfigureAwait(false);
            Report("measured", conversations, latencies, errors, elapsed);
        }
        return 0;
    }

    private static async Task<(Latencies Latencies, ConcurrentDictionary<string, int> Errors, TimeSpan Elapsed)> LoadAsync(
        HandlerProcess handler, ChannelListener channel, int conversations, TimeSpan duration, string prefix)
    {
        var latencies = new Latencies();
        var errors = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, conversations).Select(c => Task.Run(async () =>
        {
            for (var turn = 0; !stop.IsCancellationRequested; turn++)
            {
                var start = Stopwatch.GetTimestamp();
                var outcome = await AskAsync(handler, channel, $"{prefix}-{c}", Questions[(c + turn) % Questions.Length], stop.Token).ConfigureAwait(false);
                if (outcome == "ok")
                {
                    latencies.Add(Stopwatch.GetTimestamp() - start);
                }
                else if (outcome is not null)
                {
                    errors.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                }
            }
        }))).ConfigureAwait(false);
        return (latencies, errors, clock.Elapsed);
    }

    private static void Report(string what, int conversations, Latencies latencies, ConcurrentDictionary<string, int> errors, TimeSpan elapsed)
    {
        var failed = errors.IsEmpty ? "none" : string.Join(", ", errors.Select(e => $"{e.Value} x {e.Key}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load-bot {what}: {conversations} conversations for {elapsed.TotalSeconds:0.0} s, {Environment.ProcessorCount} processors | {latencies.Count / elapsed.TotalSeconds:#,0.0} replies/s | errors: {failed}"));
        Console.WriteLine($"  time to reply: {latencies.Summary()}");
    }

    /// <summary>"ok" when the reply reached the channel; null when stopped; else what went wrong.</summary>
    private static async Task<string?> AskAsync(HandlerProcess handler, ChannelListener channel, string conversation, string text, CancellationToken stop)
    {
        var id = Guid.NewGuid().ToString("N");
        var replied = channel.Expect(id);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = id,
            ["timestamp"] = DateTimeOffset.UnixEpoch.ToString("O", CultureInfo.InvariantCulture),
            ["channelId"] = "webchat",
            ["serviceUrl"] = channel.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = "user-" + conversation, ["name"] = "Load" },
            ["recipient"] = new JsonObject { ["id"] = "recaps-bot", ["name"] = "Market Recaps" },
            ["conversation"] = new JsonObject { ["id"] = conversation },
            ["text"] = text,
            ["locale"] = "en-GB",
        };
        try
        {
            using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await handler.Client.PostAsync(new Uri("/api/messages", UriKind.Relative), content, stop).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return $"HTTP {(int)response.StatusCode}";
            }
            await replied.WaitAsync(TimeSpan.FromSeconds(15), stop).ConfigureAwait(false);
            return "ok";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (TimeoutException)
        {
            return "no reply within 15 s";
        }
        finally
        {
            channel.Forget(id);
        }
    }

    private static async Task IngestSamplesAsync(HandlerProcess handler)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Recaps.Testing.RepositoryRoot.Path, "samples"), "*.txt"))
        {
            var received = new DateTimeOffset(2025, 6, 4, 18, 0, 0, TimeSpan.FromHours(8)).ToString("O", CultureInfo.InvariantCulture);
            var envelope = new JsonObject
            {
                ["Data"] = new JsonObject { ["recap"] = Convert.ToBase64String(await File.ReadAllBytesAsync(file).ConfigureAwait(false)) },
                ["Metadata"] = new JsonObject
                {
                    ["name"] = JsonSerializer.Serialize(Path.GetFileName(file)),
                    ["Properties"] = new JsonObject { ["CreatedOn"] = received, ["LastModified"] = received },
                },
            };
            using var content = new StringContent(envelope.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await handler.Client.PostAsync(new Uri("/IngestRecap", UriKind.Relative), content).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>The channel's connector: takes the bot's replies and completes whoever waits for their replyToId.</summary>
    private sealed class ChannelListener : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new();

        private ChannelListener(WebApplication app, string serviceUrl)
        {
            _app = app;
            ServiceUrl = serviceUrl;
        }

        public string ServiceUrl { get; }

        public static async Task<ChannelListener> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            ChannelListener? listener = null;
            app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (string replyTo) =>
            {
                if (listener!._waiting.TryGetValue(replyTo, out var waiting))
                {
                    waiting.TrySetResult();
                }
                return Results.Text("""{"id":"r"}""", "application/json");
            });
            // Typing indicators and anything else the bot sends without replying to an activity.
            app.MapPost("/v3/conversations/{conversation}/activities", () => Results.Text("""{"id":"t"}""", "application/json"));
            await app.StartAsync().ConfigureAwait(false);
            listener = new ChannelListener(app, app.Urls.First().TrimEnd('/') + "/");
            return listener;
        }

        public Task Expect(string activityId)
        {
            var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting[activityId] = waiting;
            return waiting.Task;
        }

        public void Forget(string activityId) => _waiting.TryRemove(activityId, out _);

        public async ValueTask DisposeAsync() => await _app.DisposeAsync().ConfigureAwait(false);
    }
}
