using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Recaps.Core.Ingest;
using Recaps.Core.Storage.Azure;

namespace Recaps.Benchmarks;

/// <summary>
/// `load-handler --app DIR[,DIR2] [--starts 20] [--invocations 2000] [--concurrency 4,16] [--storage CONNECTION_STRING]`:
/// the published function app's handler (`dotnet publish functions -c Release -r linux-x64 -o DIR`), measured as
/// the Functions host uses it. Cold start: process start to the first 200 on GET /, over fresh processes. Throughput:
/// IngestRecap invocations POSTed concurrently, each a corpus article under a new name; on the embedded store the
/// content comes inline (base64, as with "dataType": "binary"); with --storage the articles are uploaded to the
/// recaps container first and the invocations are deferred-binding notifications, so the handler reads each blob.
/// </summary>
internal static class LoadHandler
{
    public static async Task<int> RunAsync(LoadArguments arguments)
    {
        var apps = (arguments.Value("--app") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        if (apps.Length == 0 || apps.Any(app => !File.Exists(Path.Combine(app, "host.json"))))
        {
            Console.Error.WriteLine("load-handler needs --app DIR[,DIR2], folders made by: dotnet publish functions -c Release -r linux-x64 -o DIR");
            return 2;
        }
        var storage = arguments.Value("--storage");
        var starts = arguments.Integer("--starts", 20);
        var invocations = arguments.Integer("--invocations", 2000);
        Console.WriteLine($"load-handler: {(storage is null ? "embedded store (SQLite)" : "Table and Blob storage")}, {Environment.ProcessorCount} processors");
        if (starts > 0)
        {
            await ColdStartsAsync(apps, storage, starts).ConfigureAwait(false);
        }
        foreach (var app in apps)
        {
            foreach (var concurrency in invocations > 1 ? arguments.Integers("--concurrency", [4, 16]) : [])
            {
                await ThroughputAsync(app, storage, invocations, concurrency).ConfigureAwait(false);
            }
        }
        return 0;
    }

    // Several apps (say, ReadyToRun and not) take turns, so a busy moment of a shared machine hits them alike.
    private static async Task ColdStartsAsync(string[] apps, string? storage, int count)
    {
        var latencies = apps.ToDictionary(app => app, _ => new Latencies());
        for (var i = 0; i < count; i++)
        {
            foreach (var app in apps)
            {
                var (handler, coldStart) = await HandlerProcess.StartAsync(app, storage).ConfigureAwait(false);
                handler.Dispose();
                latencies[app].Add((long)(coldStart.TotalSeconds * System.Diagnostics.Stopwatch.Frequency));
            }
        }
        foreach (var app in apps)
        {
            Console.WriteLine($"cold start of {app} (process start to first 200 on GET /): {latencies[app].Summary()}");
        }
    }

    private static async Task ThroughputAsync(string app, string? storage, int count, int concurrency)
    {
        var run = "load" + Guid.NewGuid().ToString("N")[..8];
        var documents = IngestCorpus.Documents.Take(count).Select(d => d with { Source = $"{run}/{d.Source}" }).ToList();
        if (storage is not null)
        {
            await UploadAsync(storage, documents).ConfigureAwait(false);
        }
        var (handler, _) = await HandlerProcess.StartAsync(app, storage).ConfigureAwait(false);
        using (handler)
        {
            // One invocation first, so the figure is the warm handler's (its store opened, its code jitted).
            var warmup = documents[0];
            var first = System.Diagnostics.Stopwatch.StartNew();
            await InvokeAsync(handler, Envelope(warmup, storage is null)).ConfigureAwait(false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{app}: first IngestRecap after readiness (store opened, parser loaded): {first.Elapsed.TotalMilliseconds:0} ms"));
            var bodies = documents.Skip(1).Select(d => Envelope(d, storage is null)).ToList();
            var latencies = new Latencies();
            var statuses = new int[600];
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (body, _) =>
            {
                var status = await latencies.TimeAsync(() => InvokeAsync(handler, body)).ConfigureAwait(false);
                Interlocked.Increment(ref statuses[(int)status]);
            }).ConfigureAwait(false);
            clock.Stop();
            var answered = string.Join(", ", statuses.Select((n, status) => (n, status)).Where(s => s.n > 0).Select(s => $"{s.n} x {s.status}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{app}: IngestRecap, {concurrency,2} at a time | {bodies.Count / clock.Elapsed.TotalSeconds,7:#,0.0} invocations/s | {answered}"));
            Console.WriteLine($"  per invocation: {latencies.Summary()}");
        }
    }

    private static async Task<HttpStatusCode> InvokeAsync(HandlerProcess handler, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/IngestRecap", UriKind.Relative)) { Content = content };
        request.Headers.Add("X-Azure-Functions-InvocationId", Guid.NewGuid().ToString());
        using var response = await handler.Client.SendAsync(request).ConfigureAwait(false);
        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        return response.StatusCode;
    }

    // As the host sends it (PROTOCOLS.md 1.5): scalars double-encoded; the content inline as base64, or a deferred-binding descriptor.
    private static string Envelope(RecapDocument document, bool inline)
    {
        var received = document.Received.ToString("O", CultureInfo.InvariantCulture);
        JsonNode data = inline
            ? JsonValue.Create(Convert.ToBase64String(document.Content.Span))
            : new JsonObject { ["Source"] = "AzureStorageBlobs", ["Version"] = "1.0", ["ContentType"] = "application/json" };
        return new JsonObject
        {
            ["Data"] = new JsonObject { ["recap"] = data },
            ["Metadata"] = new JsonObject
            {
                ["name"] = JsonSerializer.Serialize(document.Source),
                ["Uri"] = JsonSerializer.Serialize("http://127.0.0.1:10000/devstoreaccount1/recaps/" + document.Source),
                ["Properties"] = new JsonObject { ["CreatedOn"] = received, ["LastModified"] = received, ["ContentLength"] = document.Content.Length },
                ["Metadata"] = new JsonObject { [BlobIngestor.ReceivedMetadata] = received },
            },
        }.ToJsonString();
    }

    private static async Task UploadAsync(string storage, List<RecapDocument> documents)
    {
        var container = new AzureBlobContainer(StorageAccount.Parse(storage), "recaps");
        await Parallel.ForEachAsync(documents, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (document, cancellationToken) =>
        {
            var metadata = new Dictionary<string, string> { [BlobIngestor.ReceivedMetadata] = document.Received.ToString("O", CultureInfo.InvariantCulture) };
            await container.PutAsync(document.Source, document.Content, "text/plain", metadata, overwrite: true, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }
}
