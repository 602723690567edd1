using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Recaps.Core.Storage.Azure;
using Recaps.Core.Storage.Blobs;
using Recaps.Core.Storage.Sessions;
using Recaps.Core.Storage.Sqlite;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;
using Recaps.Testing;

namespace Recaps.Functions.Tests.Handler;

/// <summary>
/// The handler's web app (HandlerApp, as <c>recaps handler</c> builds it) on a test server, over a store the test
/// chooses: embedded SQLite in a temp folder, or Azurite with tables and a container no other test uses. Requests
/// are POSTed as the Functions host POSTs them.
/// </summary>
internal sealed class HandlerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2025, 6, 4, 10, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly TempDirectory? _folder;

    private HandlerHarness(WebApplication app, OpenedStore store, IBlobContainer? container, TempDirectory? folder, LogCapture logs)
    {
        _app = app;
        _folder = folder;
        Store = store;
        Container = container;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public OpenedStore Store { get; }

    /// <summary>The container the handler reads as "recaps" (Azurite only).</summary>
    public IBlobContainer? Container { get; }

    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    /// <summary>The handler's clock, standing at <see cref="Now"/> until a test moves it.</summary>
    public FakeTimeProvider Clock => (FakeTimeProvider)_app.Services.GetRequiredService<TimeProvider>();

    /// <param name="bot">The bot's identity; null: local development mode.</param>
    /// <param name="services">Replaces services after the app's own (a stand-in token provider, say).</param>
    public static Task<HandlerHarness> SqliteAsync(Recaps.Functions.Bot.BotConfiguration? bot = null, Action<IServiceCollection>? services = null)
    {
        var folder = new TempDirectory();
        var tables = new SqliteTableService(folder.Path, new FakeTimeProvider(Now));
        return StartAsync(new OpenedStore(tables, new SessionStore(tables), null), null, folder, bot, services);
    }

    /// <summary>Azurite, or with <paramref name="blobs"/> another account for the blobs (an unreachable one, say).</summary>
    public static Task<HandlerHarness> AzuriteAsync(AzuriteFixture azurite, StorageAccount? blobs = null, StorageAccount? tablesAccount = null)
    {
        var options = AzuriteFixture.Options();
        var tables = new PrefixedTables(new AzureTableService(tablesAccount ?? azurite.Account, options), AzuriteFixture.UniqueName("h")[..9]);
        var container = new AzureBlobContainer(blobs ?? azurite.Account, AzuriteFixture.UniqueName("recaps"), options);
        return StartAsync(new OpenedStore(tables, new SessionStore(tables), _ => container), container, null);
    }

    private static async Task<HandlerHarness> StartAsync(
        OpenedStore store, IBlobContainer? container, TempDirectory? folder, Recaps.Functions.Bot.BotConfiguration? bot = null, Action<IServiceCollection>? services = null)
    {
        var logs = new LogCapture();
        var builder = HandlerApp.CreateBuilder(
            0, new FakeTimeProvider(Now), _ => throw new InvalidOperationException("the test injects the store"), bot ?? Recaps.Functions.Bot.BotConfiguration.Development());
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        services?.Invoke(builder.Services);
        builder.Logging.AddProvider(logs);
        var app = HandlerApp.Build(builder);
        await app.StartAsync();
        return new HandlerHarness(app, store, container, folder, logs);
    }

    /// <summary>POSTs an invocation envelope to <c>/{function}</c> with the host's invocation headers.</summary>
    public async Task<InvocationReply> InvokeAsync(string function, string body, string? invocationId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(InvocationScope.Header, invocationId ?? Guid.NewGuid().ToString());
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1048.100.1");
        request.Headers.UserAgent.ParseAdd("Azure-Functions-Host/4.1048.100.1");
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return new InvocationReply(response.StatusCode, json.RootElement.Clone());
    }

    public async Task<string> UploadAsync(string name, byte[] content, IReadOnlyDictionary<string, string>? metadata = null) =>
        await Container!.PutAsync(name, content, "text/plain", metadata);

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Store.Dispose();
        _folder?.Dispose();
    }
}

/// <summary>What the handler answered: the status and the JSON body.</summary>
internal sealed record InvocationReply(HttpStatusCode Status, JsonElement Body)
{
    public IReadOnlyList<string> Logs => [.. Body.GetProperty(nameof(Logs)).EnumerateArray().Select(line => line.GetString()!)];

    public JsonElement ReturnValue => Body.GetProperty(nameof(ReturnValue));

    public string? Returned(string property) => ReturnValue.GetProperty(property) is { ValueKind: JsonValueKind.String } value ? value.GetString() : ReturnValue.GetProperty(property).GetRawText();

    public string Message => Body.GetProperty("message").GetString()!;
}
