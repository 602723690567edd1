using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Recaps.Functions.Cli;

/// <summary>What the commands depend on, injected once: the clock, whether a person is watching, logging.</summary>
internal sealed record CliServices(TimeProvider Time)
{
    /// <summary>Both ends are a terminal: show progress bars instead of one line per item.</summary>
    public bool Interactive { get; init; }

    public ILoggerFactory Logging { get; init; } = NullLoggerFactory.Instance;
}
