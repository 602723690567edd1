namespace Recaps.Functions.Cli;

/// <summary>What the commands depend on, injected once: the clock now; the store and options as they come.</summary>
internal sealed record CliServices(TimeProvider Time);
