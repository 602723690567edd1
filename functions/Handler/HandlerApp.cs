using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Recaps.Functions.Bot;
using Recaps.Functions.Cli;

namespace Recaps.Functions.Handler;

/// <summary>
/// The web app of <c>recaps handler</c>: Kestrel on 127.0.0.1 at the port the host chose, console logs with the
/// invocation scope on every line, the function endpoints. Tests build the same app on a test server.
/// </summary>
internal static class HandlerApp
{
    /// <summary>
    /// Blobs that come inline (no deferred binding) are base64 in the body; the host is the only caller, on loopback,
    /// so allow well over the 5 MB article limit (larger articles are quarantined from storage, unread).
    /// </summary>
    public const long MaxRequestBytes = 128L * 1024 * 1024;

    public static WebApplicationBuilder CreateBuilder(int port, TimeProvider time, Func<IServiceProvider, OpenedStore> openStore, BotConfiguration bot)
    {
        // The empty builder: no configuration files or watchers, no hosting startup scan; only what the handler uses.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = [] });
        builder.Services.AddRoutingCore();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, port);
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.None);
        builder.Logging.AddConsole(console => console.FormatterName = InvocationConsoleFormatter.Name);
        builder.Logging.AddConsoleFormatter<InvocationConsoleFormatter, ConsoleFormatterOptions>();
        builder.Logging.AddProvider(new InvocationLogProvider());
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddRecapFunctions(time, openStore, bot);
        return builder;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapReadiness();
        app.MapRecapFunctions();
        return app;
    }
}
