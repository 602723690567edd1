using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Recaps.Core.Storage;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;
using Recaps.Functions.Local.Chat;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>
/// The whole app on one machine, without the Functions host: the handler's HTTP endpoints (the same
/// <see cref="HandlerEndpoints.MapRecapFunctions"/> the host calls), and in place of the host's triggers an inbox
/// folder (or, with blob storage, polling of the recaps container) and the timers of the function.json files; and in
/// place of Azure Bot Service a local chat (<see cref="ChatEndpoints.MapLocalChat"/>): Web Chat at <c>GET /</c>.
/// </summary>
internal sealed class LocalRun : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly LocalRunState _state;
    private int _stopped;

    private LocalRun(WebApplication app, LocalRunState state, IReadOnlyList<string> urls, Task chatWarmup)
    {
        _app = app;
        _state = state;
        Urls = urls;
        ChatWarmup = chatWarmup;
    }

    /// <summary>Where it listens, with the ports actually bound (port 0 picks one).</summary>
    public IReadOnlyList<string> Urls { get; }

    public OpenedStore Store => _state.Store;

    public RecapFunctions Functions => _state.Functions;

    /// <summary>Completes once webchat.js is loaded (or known to be unavailable) and the console told.</summary>
    public Task ChatWarmup { get; }

    /// <summary>The app's services: the inbox, the timers, what the endpoints resolve.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Fires when stopping begins (Ctrl+C, SIGTERM or <see cref="StopAsync"/>).</summary>
    public CancellationToken Stopping => _app.Lifetime.ApplicationStopping;

    /// <summary>
    /// Reads the schedules, opens the store, ingests the samples into an empty store, starts listening and the
    /// triggers, and prints the start-up summary. A problem is a <see cref="LocalRunException"/> with one line to show.
    /// </summary>
    public static async Task<LocalRun> StartAsync(ServeSettings settings, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Urls.Contains("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new LocalRunException($"cannot listen on '{settings.Urls}': the local run serves plain http, as the handler does behind the Functions host; use http://");
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = Directory.GetCurrentDirectory() });
        if (settings.Settings is { } extra)
        {
            builder.Configuration.AddInMemoryCollection(extra);
        }
        builder.Logging.ClearProviders();
        settings.Logging?.Invoke(builder.Logging);
        builder.WebHost.UseUrls(settings.Urls);
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);

        string? Setting(string name) => builder.Configuration[name];
        var roots = settings.FunctionRoots ?? AppRoots.Default();
        var schedules = TimerFunction.All.Select(function => FunctionSchedules.Read(function, roots, Setting)).ToList();
        var account = LocalStore.ChooseAccount(settings, Setting);
        var console = new LocalConsole(output, settings.Time);
        var state = new LocalRunState(settings, console, schedules, account) { Chat = ChatOptions.Read(Setting) };
        builder.Services.AddLocalRun(state);

        var app = builder.Build();
        app.MapLocalChat();
        app.MapRecapFunctions();
        try
        {
            var logging = app.Services.GetRequiredService<ILoggerFactory>();
            state.Store = await LocalStore.OpenAsync(account, settings, logging, cancellationToken).ConfigureAwait(false);
            state.Functions = PipelineComposer.Create(state.Store, settings.Time, logging);
            PrepareInbox(settings, account is null);
            var samples = settings.SamplesFolder ?? AppRoots.FindSamples();
            var seeded = await SampleRecaps.SeedAsync(state.Store, state.Functions, samples, cancellationToken).ConfigureAwait(false);
            await ListenAsync(app, settings, cancellationToken).ConfigureAwait(false);
            var urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [settings.Urls];
            var articles = (await state.Store.Sessions.GetArticlesAsync(cancellationToken).ConfigureAwait(false)).Count;
            StartupBanner.Write(console, state, app.Services, urls, ((IEndpointRouteBuilder)app).DataSources, articles, samples, seeded);
            // After the banner, so what the fetch has to say comes below it.
            var chatWarmup = app.Services.GetRequiredService<WebChatWarmup>().StartAsync();
            app.Lifetime.ApplicationStopping.Register(() => console.Event("stopping"));
            return new LocalRun(app, state, urls, chatWarmup);
        }
        catch (Exception ex) when (ex is LocalRunException or StorageException or OperationCanceledException)
        {
            // What did start (the inbox, the timers) stops before the store goes away.
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            DisposeStore(state);
            throw ex is StorageException ? new LocalRunException($"storage failed: {ex.Message.ReplaceLineEndings(" ")}", ex) : ex;
        }
    }

    /// <summary>Returns once the run has stopped: after Ctrl+C or SIGTERM, or <see cref="StopAsync"/>.</summary>
    public async Task WaitForShutdownAsync()
    {
        await _app.WaitForShutdownAsync().ConfigureAwait(false);
        Interlocked.Exchange(ref _stopped, 1);
    }

    /// <summary>Stops as Ctrl+C does: no new work, the ingest under way finishes, then the server and timers stop.</summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 0)
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        DisposeStore(_state);
        _state.Console.Event("stopped");
    }

    private static void PrepareInbox(ServeSettings settings, bool embedded)
    {
        if (!embedded)
        {
            return;
        }
        try
        {
            Directory.CreateDirectory(settings.InboxFolder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LocalRunException($"the inbox folder '{settings.InboxFolder}' cannot be created: {ex.Message}", ex);
        }
    }

    private static async Task ListenAsync(WebApplication app, ServeSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            throw new LocalRunException($"cannot listen on {settings.Urls}: {ex.Message} (--urls picks another address)", ex);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException && !app.Lifetime.ApplicationStarted.IsCancellationRequested)
        {
            throw new LocalRunException($"cannot listen on '{settings.Urls}': {ex.Message}", ex);
        }
    }

    private static void DisposeStore(LocalRunState state)
    {
        try
        {
            state.Store.Dispose();
        }
        catch (InvalidOperationException)
        {
            // Never opened.
        }
    }
}
