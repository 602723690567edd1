using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Recaps.Bot.Auth;
using Recaps.Bot.Connector;
using Recaps.Bot.Hosting;

namespace Recaps.Functions.Bot;

/// <summary>Registers the bot behind <c>POST /api/messages</c> and the digest delivery (needs the functions' services).</summary>
internal static class BotServices
{
    public static IServiceCollection AddRecapBot(this IServiceCollection services, BotConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(configuration.Settings);
        services.AddSingleton(configuration.Trust);
        // One long-lived client each, pooled connections renewed so DNS changes of the channels are followed.
        services.AddSingleton(sp => new BotAuthenticator(
            configuration.Settings, configuration.Auth, CreateClient(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BotAuthenticator>>()));
        services.AddSingleton<IBotTokenProvider>(sp => BotTokenProvider.FromSettings(configuration.Settings, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ConnectorClient(
            CreateClient(), sp.GetRequiredService<IBotTokenProvider>(), configuration.Trust, sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorClient>()));
        services.AddSingleton<BotPipeline>();
        services.AddSingleton(sp => new BotEndpoint(
            configuration.Settings, sp.GetRequiredService<BotAuthenticator>(), configuration.Trust, sp.GetRequiredService<ConnectorClient>(),
            sp.GetRequiredService<BotPipeline>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<BotEndpoint>>()));
        services.AddSingleton<MessagesInvocation>();
        return services;
    }

    private static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    })
    {
        // Each caller bounds its own calls; this is only the backstop.
        Timeout = TimeSpan.FromSeconds(30),
    };
}
