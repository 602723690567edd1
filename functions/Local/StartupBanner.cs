using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Recaps.Functions.Cli;
using Recaps.Functions.Local.Chat;

namespace Recaps.Functions.Local;

/// <summary>The start-up output: where the store is, what is watched, where to send requests, when the timers fire next.</summary>
internal static class StartupBanner
{
    public static void Write(LocalConsole console, LocalRunState state, IServiceProvider services, IReadOnlyList<string> urls, IEnumerable<EndpointDataSource> endpoints, int articles, string? samples, IngestSummary? seeded)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(state);
        var store = state.Store.Sessions.Location;
        console.Line("Market Recaps: the local run (recaps serve)");
        console.Line(state.Account is null
            ? $"  store      {store} (embedded SQLite, {Articles(articles)}; recaps ask/digest --data can read it meanwhile)"
            : $"  store      {state.Account} ({Articles(articles)})");
        if (seeded is not null)
        {
            console.Line($"  samples    ingested {samples} into the empty store: {seeded}");
        }
        if (services.GetService<InboxService>() is { } inbox)
        {
            var how = inbox.Watching ? $"watched, and looked at again every {Seconds(inbox.RescanInterval)}" : $"not watchable here: looked at every {Seconds(inbox.RescanInterval)}";
            console.Line($"  inbox      {Path.GetFullPath(state.Settings.InboxFolder)}: save a recap (.txt, .md, .html) there to ingest it ({how})");
        }
        else if (services.GetService<ContainerSweep>() is { } container)
        {
            console.Line($"  polling    {container.Description} every {Seconds(state.Settings.Pacing.ContainerPoll)} (the IngestRecap blob trigger's stand-in)");
        }
        console.Line($"  http       {string.Join(", ", urls)}  {Endpoints(endpoints)}");
        if (services.GetService<ChatAddress>() is { } chat && services.GetService<WebChatWarmup>() is { } webChat)
        {
            console.Line($"  chat       {chat.PageUrl}  (Web Chat over a local Direct Line; activities go to the bot at {chat.BotUrl})");
            console.Line($"  webchat    {webChat.Describe()}");
        }
        var timers = services.GetServices<IHostedService>().OfType<LocalTimerService>().ToList();
        var width = timers.Count == 0 ? 0 : timers.Max(t => t.Schedule.Expression.Length);
        for (var i = 0; i < timers.Count; i++)
        {
            var timer = timers[i];
            console.Line(string.Create(CultureInfo.InvariantCulture,
                $"  {(i == 0 ? "timers" : ""),-9}  {timer.Schedule.Function.Name,-12} {timer.Schedule.Expression.PadRight(width)}  next {timer.NextRun:yyyy-MM-dd HH:mm:ss}Z  ({timer.Schedule.Origin})"));
        }
        console.Line("Ctrl+C stops; an ingest under way finishes first.");
    }

    // "GET /, POST /api/messages": what MapRecapFunctions mapped, as a request to the deployed app would reach it (the
    // chat's Direct Line and connector routes are the channel's, left out of the description).
    private static string Endpoints(IEnumerable<EndpointDataSource> sources)
    {
        var endpoints = sources.SelectMany(source => source.Endpoints).OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true })
            .Select(endpoint => $"{string.Join('|', endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{endpoint.RoutePattern.RawText?.TrimStart('/')}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return endpoints.Count == 0 ? "" : $"({string.Join(", ", endpoints)})";
    }

    private static string Articles(int count) => count == 1 ? "1 article" : string.Create(CultureInfo.InvariantCulture, $"{count} articles");

    private static string Seconds(TimeSpan interval) => interval.TotalSeconds >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{interval.TotalSeconds:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{interval.TotalMilliseconds:0} ms");
}
