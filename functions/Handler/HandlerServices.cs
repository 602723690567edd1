using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>Registers what <see cref="HandlerEndpoints.MapRecapFunctions"/> needs.</summary>
internal static class HandlerServices
{
    /// <summary>
    /// The functions over the store <paramref name="openStore"/> makes; an <see cref="OpenedStore"/> registered before
    /// this call wins (tests inject one; the container then leaves its disposal to whoever made it).
    /// </summary>
    public static IServiceCollection AddRecapFunctions(this IServiceCollection services, TimeProvider time, Func<IServiceProvider, OpenedStore> openStore)
    {
        services.TryAddSingleton(time);
        services.TryAddSingleton(openStore);
        services.AddSingleton<RecapPipeline>();
        services.AddSingleton<RecapInvocations>();
        return services;
    }
}
