using Recaps.Functions.Cli;

// Composition only: the command line owns parsing and dispatch; the system clock and the console are the real edges.
var interactive = !Console.IsOutputRedirected && !Console.IsInputRedirected;
return await RecapsCli.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, interactive);
