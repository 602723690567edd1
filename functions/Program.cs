using Recaps.Functions.Cli;

// Composition only: the command line owns parsing and dispatch; the system clock and the console are the real edges.
// No arguments is the local run (`dotnet run --project functions`); options without a command are too (RecapsCli).
var interactive = !Console.IsOutputRedirected && !Console.IsInputRedirected;
return await RecapsCli.RunAsync(args.Length == 0 ? ["serve"] : args, Console.Out, Console.Error, TimeProvider.System, interactive);
