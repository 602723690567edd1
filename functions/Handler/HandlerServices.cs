using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Recaps.Functions.Bot;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>Registers what <see cref="HandlerEndpoints.MapRecapFunctions"/> needs.</summary>
internal static class HandlerServices
{
    /// <summary>
    /// The functions over the store <paramref name="openStore"/> makes, and the bot with <paramref name="bot"/>'s identity. Tests inject their own store by registering an
    /// <see cref="OpenedStore"/> instance (the last registration is the one resolved); its maker disposes it.
    /// </summary>
    public static IServiceCollection AddRecapFunctions(
        this IServiceCollection services, TimeProvider time, Func<IServiceProvider, OpenedStore> openStore, BotConfiguration bot)
    {
        services.TryAddSingleton(time);
        services.TryAddSingleton(openStore);
        services.AddSingleton<RecapPipeline>();
        services.AddSingleton<RecapInvocations>();
        services.AddRecapBot(bot);
        return services;
    }
}
