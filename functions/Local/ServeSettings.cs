using Microsoft.Extensions.Logging;

namespace Recaps.Functions.Local;

/// <summary>What <c>recaps serve</c> was asked for; the defaults are the one-command local run.</summary>
internal sealed record ServeSettings
{
    public const string DefaultUrls = "http://localhost:7071";

    public const string DefaultInbox = "inbox";

    /// <summary>The app's clock: ingest and digest times, the start-up output.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>The timers' clock (<c>--now</c> shifts it); null: <see cref="Time"/>.</summary>
    public TimeProvider? TimerClock { get; init; }

    /// <summary>Where to listen, ';'-separated as ASP.NET Core takes them (port 0 picks a free port).</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary><c>--data</c>: the embedded store's folder. Null: <c>.data</c>, unless AzureWebJobsStorage is set.</summary>
    public string? DataFolder { get; init; }

    /// <summary><c>--storage</c>: a connection string; it wins over AzureWebJobsStorage.</summary>
    public string? Storage { get; init; }

    public string InboxFolder { get; init; } = DefaultInbox;

    /// <summary>The sample recaps to ingest into an empty store; null: <c>samples/</c> here or at the repository root.</summary>
    public string? SamplesFolder { get; init; }

    /// <summary>Where to look for <c>{Function}/function.json</c>; null: <see cref="AppRoots.Default"/>.</summary>
    public IReadOnlyList<string>? FunctionRoots { get; init; }

    /// <summary>App settings over the environment's and appsettings.json's (tests set schedules here).</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    public LocalPacing Pacing { get; init; } = new();

    /// <summary>Where logs go; null: nowhere (the start-up output and event lines are written regardless).</summary>
    public Action<ILoggingBuilder>? Logging { get; init; }
}
