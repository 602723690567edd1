using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Recaps.Core.Ingest;
using Recaps.Functions.Bot;
using Recaps.Functions.Cli;
using Recaps.Functions.Handler;
using Recaps.Functions.Local.Chat;
using Recaps.Functions.Pipeline;

namespace Recaps.Functions.Local;

/// <summary>The local run's services: the store and functions, the triggers the Functions host would provide, the local chat.</summary>
internal static class LocalServices
{
    public static IServiceCollection AddLocalRun(this IServiceCollection services, LocalRunState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var settings = state.Settings;
        services.AddSingleton(state);
        services.AddSingleton(_ => state.Store);
        services.AddSingleton(_ => state.Functions);
        services.AddSingleton(settings.Time);
        // The handler's endpoints, served here as the host would call them (POST /IngestRecap, /DailyDigest, ...).
        // The bot in local development mode whatever the environment says: the local chat page is its channel, and it
        // sends no tokens (PROTOCOLS.md 2.2: anonymous only without an app id).
        services.AddRecapFunctions(settings.Time, _ => state.Store, BotConfiguration.Development());
        // Azure Bot Service's part, for a person at a browser: Web Chat, a Direct Line stand-in and the connector.
        services.AddLocalChat(state.Chat, state.Console);
        if (state.Account is null)
        {
            services.AddSingleton(sp => new Inbox(
                settings.InboxFolder, state.Functions.Ingestor, new IngestOptions(), settings.Pacing, settings.Time, state.Console, sp.GetRequiredService<ILogger<Inbox>>()));
            services.AddSingleton<ILocalSweep>(sp => sp.GetRequiredService<Inbox>());
            services.AddSingleton(sp => new InboxService(
                sp.GetRequiredService<Inbox>(), settings.Pacing, settings.Time, state.Console, sp.GetRequiredService<ILogger<InboxService>>()));
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<InboxService>());
        }
        else
        {
            services.AddSingleton(_ => new ContainerSweep(state.Functions, state.Store.Container!(StoreOptions.RecapsContainer)));
            services.AddSingleton<ILocalSweep>(sp => sp.GetRequiredService<ContainerSweep>());
            services.AddSingleton<IHostedService>(sp => new ContainerPollingService(
                sp.GetRequiredService<ContainerSweep>(), settings.Pacing, settings.Time, state.Console, sp.GetRequiredService<ILogger<ContainerPollingService>>()));
        }
        foreach (var schedule in state.Schedules)
        {
            // Not AddHostedService: it keeps one registration per type, and there is one timer per function.
            services.AddSingleton<IHostedService>(sp => new LocalTimerService(
                schedule, Run(sp, schedule.Function, state), state.TimerClock, state.Console, sp.GetRequiredService<ILogger<LocalTimerService>>()));
        }
        return services;
    }

    private static Func<CancellationToken, Task> Run(IServiceProvider services, TimerFunction function, LocalRunState state) =>
        function == TimerFunction.DailyDigest
            ? LocalTimers.Digest(services.GetRequiredService<RecapFunctions>(), services.GetRequiredService<BotPipeline>(), state.Settings.Time, state.Console)
            : LocalTimers.Sweep(services.GetRequiredService<ILocalSweep>(), state.Console);
}
