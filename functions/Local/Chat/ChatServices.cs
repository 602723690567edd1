using Microsoft.Extensions.DependencyInjection;

namespace Recaps.Functions.Local.Chat;

/// <summary>Registers the local chat: the Direct Line stand-in, the connector the bot replies to, and Web Chat.</summary>
internal static class ChatServices
{
    private const string BotClient = "LocalChat.Bot";
    private const string RegistryClient = "LocalChat.Registry";

    public static IServiceCollection AddLocalChat(this IServiceCollection services, ChatOptions options, LocalConsole console)
    {
        services.AddSingleton(options);
        services.AddSingleton<ChatConversations>();
        services.AddSingleton<ChatAddress>();
        // The bot is on this machine (or a developer's stand-in): never through a proxy the environment names.
        services.AddKeyedSingleton(BotClient, (_, _) => new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = options.BotTimeout });
        services.AddSingleton(sp => new ChatBotClient(sp.GetRequiredKeyedService<HttpClient>(BotClient), sp.GetRequiredService<ChatAddress>()));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ChatChannel>(sp, console));
        // The registry is on the internet: the environment's proxy applies. The fetcher keeps its own deadline.
        services.AddKeyedSingleton(RegistryClient, (_, _) => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        services.AddSingleton(sp => new WebChatFetcher(sp.GetRequiredKeyedService<HttpClient>(RegistryClient), options));
        services.AddSingleton<WebChatScripts>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<WebChatWarmup>(sp, console));
        return services;
    }
}
